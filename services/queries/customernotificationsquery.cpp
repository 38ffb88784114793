#include "queries/customernotificationsquery.h"

#include "storage/sqlquery.h"

namespace customernotificationsquery {

Result<QList<CustomerNotification>> forCustomer(const QSqlDatabase &db, const QUuid &customerId,
                                                const QUuid &reservationId, int limit)
{
    // A null customer (a staff account) matches nothing rather than every row.
    if (customerId.isNull())
        return QList<CustomerNotification>();
    const QString sql = QStringLiteral("SELECT id, reservation_id, channel, template, body, status, created_at "
                                       "FROM notifications WHERE customer_id = ?")
                        + (reservationId.isNull() ? QString() : QStringLiteral(" AND reservation_id = ?"))
                        + QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT ?");
    SqlQuery q(db, sql);
    q.bind(customerId);
    if (!reservationId.isNull())
        q.bind(reservationId);
    q.bind(qMax(1, limit));
    return q.collect([](const SqlQuery &row) {
        return CustomerNotification{row.uuid(0),
                                    row.uuid(1),
                                    NotificationChannel(row.integer(2)),
                                    row.text(3),
                                    row.text(4),
                                    NotificationStatus(row.integer(5)),
                                    row.integer(6)};
    });
}

} // namespace customernotificationsquery
