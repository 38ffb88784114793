#pragma once

#include "domain/profile.h"
#include "secrets/secret.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What `rentaldesk` was asked to do.
struct LaunchOptions final
{
    QString databasePath; // empty = the platform's app-data folder
    std::optional<Profile> demoProfile;
    QString language; // "en", "ko" or empty = the system locale
    bool rebuildReadModel = false;
    QString backupPath; // non-empty: copy the database there and exit
    bool kiosk = false; // the self-service kiosk instead of the staff window
    QUrl server;   // empty = the settings file's or the environment's, if any
    QString device; // empty = the settings file's, the environment's or the shop's device id
    std::optional<Secret> storeSecret;  // put the value read from stdin into the keychain, exit
    std::optional<Secret> forgetSecret; // take it out of the keychain, exit
};

// The command line, parsed before any window exists. `--help` and `--version` print and
// ask to exit 0; bad arguments print a clear message and ask to exit 2.
struct ParsedCommandLine final
{
    std::optional<LaunchOptions> options; // set when the app should run
    int exitCode = 0;                     // when it should not
    QString output;                       // for stdout (help, version) or stderr (errors)
};

namespace commandline {
ParsedCommandLine parse(const QStringList &arguments);
} // namespace commandline
