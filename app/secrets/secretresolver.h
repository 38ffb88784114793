#pragma once

#include "secrets/secret.h"

#include <QStringList>

class QSettings;
class SecretStore;

// Finds each secret where it is: the environment first (deployments inject secrets there),
// then the keychain. A value still in the settings file from before the keychain is moved
// into the keychain and taken out of the file. When no keychain is reachable (a kiosk
// session without one, a headless machine) such a value is still used — the counter keeps
// working — and a warning says so and how to do better; nothing is ever written to the file.
class SecretResolver final
{
public:
    // `store` may be null: no keychain on this machine.
    SecretResolver(SecretStore *store, QSettings &file) : m_store(store), m_file(file) {}

    QString value(Secret secret);
    // What staff should know (an unreachable keychain, a value left in the file), translated;
    // each names the setting, never the value.
    QStringList warnings() const { return m_warnings; }
    // What was done (values moved into the keychain), for the log.
    QStringList notes() const { return m_notes; }

private:
    QString fromFileWithoutKeychain(Secret secret, const QString &why);

    SecretStore *m_store;
    QSettings &m_file;
    QStringList m_warnings;
    QStringList m_notes;
};
