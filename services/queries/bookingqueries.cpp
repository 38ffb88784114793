#include "queries/bookingqueries.h"

#include "storage/sqlquery.h"

namespace bookingqueries {

Result<qint64> count(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM reservations"));
    RD_TRY(q.exec());
    q.next();
    return q.integer(0);
}

} // namespace bookingqueries
