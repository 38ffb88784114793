#include "queries/statusquery.h"

#include "storage/sqlquery.h"

namespace statusquery {

Result<qint64> pendingNotifications(const QSqlDatabase &db)
{
    // Uses the partial index notifications_due (status 0 = pending).
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE status = 0"));
    auto counted = q.first([](const SqlQuery &row) { return row.integer(0); });
    if (!counted)
        return counted.error();
    return counted->value_or(0);
}

} // namespace statusquery
