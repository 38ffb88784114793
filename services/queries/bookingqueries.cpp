#include "queries/bookingqueries.h"

#include "storage/sqlquery.h"

namespace bookingqueries {

Result<QList<BookingRow>> page(const QSqlDatabase &db, int offset, int limit)
{
    SqlQuery q(db, QStringLiteral(
                       "SELECT r.id, r.resource_id, r.customer_id, r.quantity, r.start_at, r.end_at, "
                       "r.amount, r.currency, r.status, r.payment_status, r.hold_expires_at, "
                       "r.origin_device, r.version, r.created_at, r.updated_at, "
                       "res.name, c.name, res.profile "
                       "FROM reservations r JOIN resources res ON res.id = r.resource_id "
                       "JOIN customers c ON c.id = r.customer_id "
                       "ORDER BY r.start_at DESC, r.id LIMIT ? OFFSET ?"));
    q.bind(limit).bind(offset);
    RD_TRY(q.exec());
    QList<BookingRow> list;
    while (q.next()) {
        BookingRow row;
        Reservation &r = row.reservation;
        r.id = q.uuid(0);
        r.resourceId = q.uuid(1);
        r.customerId = q.uuid(2);
        r.quantity = int(q.integer(3));
        r.period = Period{q.integer(4), q.integer(5)};
        r.amount = Money{q.integer(6), q.text(7)};
        r.status = ReservationStatus(q.integer(8));
        r.paymentStatus = PaymentStatus(q.integer(9));
        r.holdExpiresAt = q.integer(10);
        r.originDevice = q.text(11);
        r.version = int(q.integer(12));
        r.createdAt = q.integer(13);
        r.updatedAt = q.integer(14);
        row.resourceName = q.text(15);
        row.customerName = q.text(16);
        row.profile = profiles::fromKey(q.text(17)).value_or(Profile::Item);
        list.append(row);
    }
    return list;
}

Result<qint64> count(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM reservations"));
    RD_TRY(q.exec());
    q.next();
    return q.integer(0);
}

} // namespace bookingqueries
