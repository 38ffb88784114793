#include "queries/bookingqueries.h"

#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

namespace bookingqueries {

Result<QList<BookingRow>> page(const QSqlDatabase &db, int offset, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + reservationrepository::columns(QStringLiteral("r"))
                       + QStringLiteral(", res.name, c.name, res.profile "
                                        "FROM reservations r JOIN resources res ON res.id = r.resource_id "
                                        "JOIN customers c ON c.id = r.customer_id "
                                        "ORDER BY r.start_at DESC, r.id LIMIT ? OFFSET ?"));
    q.bind(limit).bind(offset);
    return q.collect([](const SqlQuery &row) {
        return BookingRow{reservationrepository::fromRow(row), row.text(15), row.text(16),
                          profiles::fromKey(row.text(17)).value_or(Profile::Item)};
    });
}

Result<qint64> count(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM reservations"));
    RD_TRY(q.exec());
    q.next();
    return q.integer(0);
}

} // namespace bookingqueries
