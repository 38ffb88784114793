#include "queries/notificationlistquery.h"

#include "storage/sqlquery.h"

namespace notificationlistquery {

Result<QList<Notification>> page(const QSqlDatabase &db, int offset, int limit, const QUuid &customerId)
{
    // Sorting by rowid (insertion order) walks the table backwards without a sort step.
    const QString sql = QStringLiteral("SELECT id, customer_id, reservation_id, channel, template, recipient, body, "
                                       "status, attempts, next_attempt_at, last_error, created_at "
                                       "FROM notifications")
                        + (customerId.isNull() ? QString() : QStringLiteral(" WHERE customer_id = ?"))
                        + QStringLiteral(" ORDER BY rowid DESC LIMIT ? OFFSET ?");
    SqlQuery q(db, sql);
    if (!customerId.isNull())
        q.bind(customerId);
    q.bind(qMax(1, limit));
    q.bind(qMax(0, offset));
    return q.collect([](const SqlQuery &row) {
        Notification n;
        n.id = row.uuid(0);
        n.customerId = row.uuid(1);
        n.reservationId = row.uuid(2);
        n.channel = NotificationChannel(row.integer(3));
        n.templateKey = row.text(4);
        n.recipient = row.text(5);
        n.body = row.text(6);
        n.status = NotificationStatus(row.integer(7));
        n.attempts = int(row.integer(8));
        n.nextAttemptAt = row.integer(9);
        n.lastError = row.text(10);
        n.createdAt = row.integer(11);
        return n;
    });
}

} // namespace notificationlistquery
