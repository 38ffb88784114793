#include "queries/notificationlistquery.h"

#include "storage/notificationrepository.h"
#include "storage/sqlquery.h"

namespace notificationlistquery {

Result<QList<Notification>> page(const QSqlDatabase &db, int offset, int limit, const QUuid &customerId)
{
    // Sorting by rowid (insertion order) walks the table backwards without a sort step.
    const QString sql = QStringLiteral("SELECT %1 FROM notifications").arg(notificationrepository::columns())
                        + (customerId.isNull() ? QString() : QStringLiteral(" WHERE customer_id = ?"))
                        + QStringLiteral(" ORDER BY rowid DESC LIMIT ? OFFSET ?");
    SqlQuery q(db, sql);
    if (!customerId.isNull())
        q.bind(customerId);
    q.bind(qMax(1, limit));
    q.bind(qMax(0, offset));
    return q.collect(notificationrepository::fromRow);
}

} // namespace notificationlistquery
