#pragma once

#include "domain/notification.h"
#include "domain/result.h"

#include <QSqlDatabase>

class SqlQuery;

// Rows of the `notifications` outbox.
namespace notificationrepository {

// The columns fromRow reads, in its order.
QString columns();
Notification fromRow(const SqlQuery &row);

Result<void> insert(const QSqlDatabase &db, const Notification &notification);
// Pending notifications whose next attempt is due at `now`, oldest first.
Result<QList<Notification>> due(const QSqlDatabase &db, qint64 now, int limit);
Result<void> markDelivered(const QSqlDatabase &db, const QUuid &id);
Result<void> markAttemptFailed(const QSqlDatabase &db, const QUuid &id, const QString &error,
                               qint64 nextAttemptAt);
Result<QList<Notification>> forCustomer(const QSqlDatabase &db, const QUuid &customerId);
Result<QList<Notification>> forReservation(const QSqlDatabase &db, const QUuid &reservationId);

} // namespace notificationrepository
