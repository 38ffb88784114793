#include "diagnosticsreport.h"

#include <QCoreApplication>

namespace diagnosticsreport {

// Plain text with English labels whatever the interface language: it is read by whoever
// supports the shop, and pasted into issue trackers.
QString format(const DiagnosticsFacts &facts)
{
    QStringList lines{
        QStringLiteral("RentalDesk %1 (Qt %2)").arg(facts.version, facts.qtVersion),
        QStringLiteral("Platform: %1").arg(facts.platform),
        QStringLiteral("Database: %1").arg(facts.databasePath),
        QStringLiteral("Schema version: %1").arg(facts.schemaVersion),
        QStringLiteral("Settings: %1").arg(facts.settingsPath),
        QStringLiteral("Logs: %1").arg(facts.logDirectory),
        QStringLiteral("Business: %1").arg(facts.business),
        QStringLiteral("Signed in as: %1").arg(facts.signedInRole.isEmpty() ? QStringLiteral("nobody") : facts.signedInRole),
        QStringLiteral("Sync: %1").arg(facts.syncState),
        QString(),
        QStringLiteral("Last log lines:"),
    };
    lines += facts.recentLogLines;
    return lines.join(u'\n') + u'\n';
}

} // namespace diagnosticsreport
