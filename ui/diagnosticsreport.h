#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// What the program knows about itself that the window cannot see (main fills it in).
struct DiagnosticsSource final
{
    int schemaVersion = 0;
    QString logDirectory;
    std::function<QStringList()> recentLogLines; // the log's last lines, secrets already masked
};

// Everything Help → Copy diagnostics puts on the clipboard for a support request: no
// passwords, tokens or personal data, only the program, its files and how it stands.
struct DiagnosticsFacts final
{
    QString version;
    QString qtVersion;
    QString platform;
    QString databasePath;
    QString settingsPath;
    QString logDirectory;
    int schemaVersion = 0;
    QString business;
    QString signedInRole; // empty: nobody
    QString syncState;
    QStringList recentLogLines;
};

namespace diagnosticsreport {

QString format(const DiagnosticsFacts &facts);

} // namespace diagnosticsreport
