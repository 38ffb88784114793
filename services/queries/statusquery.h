#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

// Small figures the status bar shows about the counter itself.
namespace statusquery {

// Notifications queued and not yet delivered (the outbox still to be sent).
Result<qint64> pendingNotifications(const QSqlDatabase &db);

} // namespace statusquery
