#pragma once

#include "domain/notification.h"
#include "domain/result.h"

#include <QSqlDatabase>

// Every notification the shop queued, newest first, a page at a time: what staff read
// through GET /api/v1/notifications. Customers use customernotificationsquery instead.
namespace notificationlistquery {

// `limit` rows from `offset`; only those for `customerId` when it is not null.
Result<QList<Notification>> page(const QSqlDatabase &db, int offset, int limit, const QUuid &customerId = {});

} // namespace notificationlistquery
