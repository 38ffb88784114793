#include "queries/bookingtimelinequery.h"

#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace bookingtimelinequery {

Result<BookingTimeline> forReservation(const QSqlDatabase &db, const QUuid &reservationId)
{
    BookingTimeline timeline;
    // The events table has no index on aggregate_id (one would cost every event an insert):
    // the my-bookings projection records the seq of every reservation event under its
    // reservation id (same transaction as the event, primary key (reservation_id,
    // event_seq)), so it serves as that index; the events themselves are then read from the
    // log by seq, its primary key.
    SqlQuery events(db, QStringLiteral("SELECT e.seq, e.type, e.payload, e.occurred_at "
                                       "FROM my_booking_timeline t JOIN events e ON e.seq = t.event_seq "
                                       "WHERE t.reservation_id = ? ORDER BY t.event_seq"));
    events.bind(reservationId);
    auto records = events.collect([](const SqlQuery &q) {
        BookingEventRecord record;
        record.seq = q.integer(0);
        record.type = q.text(1);
        record.payload = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
        record.status = record.payload.value(QStringLiteral("status")).toString();
        record.paymentStatus = record.payload.value(QStringLiteral("paymentStatus")).toString();
        record.occurredAt = q.integer(3);
        return record;
    });
    if (!records)
        return records.error();
    timeline.events = std::move(records).value();

    SqlQuery notices(db, QStringLiteral("SELECT template, body, channel, status, attempts, created_at "
                                        "FROM notifications WHERE reservation_id = ? ORDER BY created_at, rowid"));
    notices.bind(reservationId);
    auto notes = notices.collect([](const SqlQuery &q) {
        return BookingNotice{q.text(0), q.text(1), NotificationChannel(q.integer(2)), NotificationStatus(q.integer(3)),
                             int(q.integer(4)), q.integer(5)};
    });
    if (!notes)
        return notes.error();
    timeline.notifications = std::move(notes).value();
    return timeline;
}

} // namespace bookingtimelinequery
