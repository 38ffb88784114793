#include "secrets/secretresolver.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QSettings>

QString SecretResolver::value(Secret secret)
{
    const QString fromEnvironment = qEnvironmentVariable(secrets::environmentVariable(secret));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString key = secrets::settingsKey(secret);
    const QString inFile = m_file.value(key).toString();
    if (!m_store)
        return fromFileWithoutKeychain(secret, QCoreApplication::translate("Secrets", "this build has no keychain"));
    const Result<std::optional<QString>> stored = m_store->read(secret);
    if (!stored)
        return fromFileWithoutKeychain(secret, stored.error().message);
    if (stored.value()) {
        if (!inFile.isEmpty()) { // an old copy: the keychain's value wins
            m_file.remove(key);
            m_file.sync();
            m_notes << QStringLiteral("%1: removed the old copy from the settings file").arg(key);
        }
        return *stored.value();
    }
    if (inFile.isEmpty())
        return {};
    if (const Result<void> moved = m_store->write(secret, inFile); !moved)
        return fromFileWithoutKeychain(secret, moved.error().message);
    m_file.remove(key);
    m_file.sync();
    m_notes << QStringLiteral("%1: moved from the settings file into the keychain").arg(key);
    return inFile;
}

QString SecretResolver::fromFileWithoutKeychain(Secret secret, const QString &why)
{
    const QString key = secrets::settingsKey(secret);
    const QString inFile = m_file.value(key).toString();
    if (inFile.isEmpty())
        return {};
    m_warnings << QCoreApplication::translate(
                      "Secrets", "%1 is read from the settings file %2 because the keychain is not available (%3). "
                                 "Start a keychain, then run rentaldesk --store-secret %4, or set %5 instead.")
                      .arg(key, m_file.fileName(), why, secrets::name(secret),
                           QLatin1StringView(secrets::environmentVariable(secret)));
    return inFile;
}
