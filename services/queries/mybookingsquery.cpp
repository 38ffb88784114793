#include "queries/mybookingsquery.h"

#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

namespace mybookingsquery {
namespace {

const QString Select = QStringLiteral(
    "SELECT reservation_id, customer_id, resource_id, resource_name, profile, quantity, start_at, "
    "end_at, amount, currency, status, payment_status, updated_at, details FROM my_bookings ");

Result<QList<TimelineEntry>> timeline(const QSqlDatabase &db, const QUuid &reservationId)
{
    SqlQuery q(db, QStringLiteral("SELECT event_seq, event_type, status, payment_status, occurred_at "
                                  "FROM my_booking_timeline WHERE reservation_id = ? ORDER BY event_seq"));
    q.bind(reservationId);
    return q.collect([](const SqlQuery &row) {
        return TimelineEntry{row.integer(0), row.text(1), row.text(2), row.text(3), row.integer(4)};
    });
}

Result<QList<MyBooking>> select(const QSqlDatabase &db, SqlQuery &q)
{
    RD_TRY(q.exec());
    QList<MyBooking> list;
    while (q.next()) {
        MyBooking b;
        b.reservationId = q.uuid(0);
        b.customerId = q.uuid(1);
        b.resourceId = q.uuid(2);
        b.resourceName = q.text(3);
        b.profile = q.text(4);
        b.quantity = int(q.integer(5));
        b.period = Period{q.integer(6), q.integer(7)};
        b.amount = Money{q.integer(8), q.text(9)};
        b.status = q.text(10);
        b.paymentStatus = q.text(11);
        b.updatedAt = q.integer(12);
        b.details = reservationrepository::detailsFromText(q.text(13));
        list.append(b);
    }
    for (MyBooking &b : list) {
        auto steps = timeline(db, b.reservationId);
        if (!steps)
            return steps.error();
        b.timeline = steps.value();
    }
    return list;
}

} // namespace

Result<QList<MyBooking>> forCustomer(const QSqlDatabase &db, const QUuid &customerId)
{
    SqlQuery q(db, Select + QStringLiteral("WHERE customer_id = ? ORDER BY start_at DESC, reservation_id"));
    q.bind(customerId);
    return select(db, q);
}

Result<QList<MyBooking>> all(const QSqlDatabase &db)
{
    SqlQuery q(db, Select + QStringLiteral("ORDER BY reservation_id"));
    return select(db, q);
}

} // namespace mybookingsquery
