#include "storage/notificationrepository.h"

#include "storage/sqlquery.h"

namespace notificationrepository {
namespace {

const QString Columns = QStringLiteral(
    "id, customer_id, reservation_id, channel, template, recipient, body, status, attempts, "
    "next_attempt_at, last_error, created_at");

} // namespace

QString columns()
{
    return Columns;
}

Notification fromRow(const SqlQuery &q)
{
    Notification n;
    n.id = q.uuid(0);
    n.customerId = q.uuid(1);
    n.reservationId = q.uuid(2);
    n.channel = NotificationChannel(q.integer(3));
    n.templateKey = q.text(4);
    n.recipient = q.text(5);
    n.body = q.text(6);
    n.status = NotificationStatus(q.integer(7));
    n.attempts = int(q.integer(8));
    n.nextAttemptAt = q.integer(9);
    n.lastError = q.text(10);
    n.createdAt = q.integer(11);
    return n;
}

namespace {

Result<QList<Notification>> select(SqlQuery &q)
{
    return q.collect(fromRow);
}

} // namespace

Result<void> insert(const QSqlDatabase &db, const Notification &n)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO notifications(") + Columns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(n.id)
        .bind(n.customerId)
        .bind(n.reservationId)
        .bind(int(n.channel))
        .bind(n.templateKey)
        .bind(n.recipient)
        .bind(n.body)
        .bind(int(n.status))
        .bind(n.attempts)
        .bind(n.nextAttemptAt)
        .bind(n.lastError)
        .bind(n.createdAt);
    return q.exec();
}

Result<QList<Notification>> due(const QSqlDatabase &db, qint64 now, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM notifications WHERE status = 0 AND next_attempt_at <= ? "
                                        "ORDER BY next_attempt_at, rowid LIMIT ?"));
    q.bind(now).bind(limit);
    return select(q);
}

Result<void> markDelivered(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, QStringLiteral("UPDATE notifications SET status = ?, attempts = attempts + 1, "
                                  "last_error = '' WHERE id = ?"));
    q.bind(int(NotificationStatus::Delivered)).bind(id);
    return q.exec();
}

Result<void> markAttemptFailed(const QSqlDatabase &db, const QUuid &id, const QString &error,
                               qint64 nextAttemptAt)
{
    SqlQuery q(db, QStringLiteral("UPDATE notifications SET attempts = attempts + 1, last_error = ?, "
                                  "next_attempt_at = ? WHERE id = ? AND status = 0"));
    q.bind(error).bind(nextAttemptAt).bind(id);
    return q.exec();
}

Result<QList<Notification>> forCustomer(const QSqlDatabase &db, const QUuid &customerId)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM notifications WHERE customer_id = ? ORDER BY created_at, rowid"));
    q.bind(customerId);
    return select(q);
}

Result<QList<Notification>> forReservation(const QSqlDatabase &db, const QUuid &reservationId)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM notifications WHERE reservation_id = ? ORDER BY created_at, rowid"));
    q.bind(reservationId);
    return select(q);
}

} // namespace notificationrepository
