#include "policies/mybookingsprojector.h"

#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/domainevent.h"
#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

#include <QSet>

namespace {

bool changesBooking(const QString &type)
{
    static const QSet<QString> types{
        events::ReservationConfirmed, events::FulfilmentStarted,  events::FulfilmentFinished,
        events::ReservationCancelled, events::ReservationForceCancelled, events::HoldExpired,
        events::ReservationRejected,  events::PaymentApproved,    events::PaymentDeclined,
        events::PaymentDeferred,      events::PaymentRefunded};
    return types.contains(type);
}

QString text(const DomainEvent &event, const char *key)
{
    return event.payload.value(QLatin1StringView(key)).toString();
}

qint64 number(const DomainEvent &event, const char *key)
{
    return event.payload.value(QLatin1StringView(key)).toInteger();
}

const QString InsertBooking = QStringLiteral(
    "INSERT INTO my_bookings(reservation_id, customer_id, resource_id, resource_name, "
    "profile, quantity, start_at, end_at, amount, currency, status, payment_status, "
    "updated_at, last_event_seq, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// The booking's details as stored ("{}" when the event carries none).
QString detailsOf(const DomainEvent &event)
{
    return reservationrepository::detailsText(event.payload.value(QLatin1StringView("details")).toObject());
}

// The booking's row from a held (or synced) event, by the statement given.
Result<void> writeBooking(const QSqlDatabase &db, const QString &statement, const DomainEvent &e)
{
    SqlQuery q(db, statement);
    q.bind(e.aggregateId)
        .bind(text(e, "customerId"))
        .bind(text(e, "resourceId"))
        .bind(text(e, "resourceName"))
        .bind(text(e, "profile"))
        .bind(number(e, "quantity"))
        .bind(number(e, "start"))
        .bind(number(e, "end"))
        .bind(number(e, "amount"))
        .bind(text(e, "currency"))
        .bind(text(e, "status"))
        .bind(text(e, "paymentStatus"))
        .bind(e.occurredAt)
        .bind(e.seq)
        .bind(detailsOf(e));
    return q.exec();
}

Result<void> insertBooking(const QSqlDatabase &db, const DomainEvent &e)
{
    return writeBooking(db, InsertBooking, e);
}

Result<void> updateBooking(const QSqlDatabase &db, const DomainEvent &e)
{
    if (e.payload.contains(QLatin1StringView("details"))) { // the dispatcher sent a taxi
        SqlQuery q(db, QStringLiteral("UPDATE my_bookings SET status = ?, payment_status = ?, details = ?, "
                                      "updated_at = ?, last_event_seq = ? WHERE reservation_id = ?"));
        q.bind(text(e, "status")).bind(text(e, "paymentStatus")).bind(detailsOf(e)).bind(e.occurredAt).bind(e.seq).bind(e.aggregateId);
        return q.exec();
    }
    SqlQuery q(db, QStringLiteral("UPDATE my_bookings SET status = ?, payment_status = ?, "
                                  "updated_at = ?, last_event_seq = ? WHERE reservation_id = ?"));
    q.bind(text(e, "status")).bind(text(e, "paymentStatus")).bind(e.occurredAt).bind(e.seq).bind(e.aggregateId);
    return q.exec();
}

// A booking learned from the server may be new here or known already: one statement either
// way (a pull writes thousands), and a known one changes what updateBooking changes.
Result<void> upsertBooking(const QSqlDatabase &db, const DomainEvent &e)
{
    static const QString upsert = InsertBooking
                                  + QLatin1String(" ON CONFLICT(reservation_id) DO UPDATE SET status = excluded.status, "
                                                  "payment_status = excluded.payment_status, details = excluded.details, "
                                                  "updated_at = excluded.updated_at, last_event_seq = excluded.last_event_seq");
    return writeBooking(db, upsert, e);
}

Result<void> appendTimeline(const QSqlDatabase &db, const DomainEvent &e)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO my_booking_timeline(reservation_id, event_seq, event_type, "
                                  "status, payment_status, occurred_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(e.aggregateId).bind(e.seq).bind(e.type).bind(text(e, "status")).bind(text(e, "paymentStatus")).bind(e.occurredAt);
    return q.exec();
}

} // namespace

Result<void> MyBookingsProjector::handle(CommandContext &context, const DomainEvent &event)
{
    return apply(context.db, event);
}

Result<void> MyBookingsProjector::apply(const QSqlDatabase &db, const DomainEvent &event)
{
    if (event.type == events::ReservationHeld)
        RD_TRY(insertBooking(db, event));
    else if (event.type == events::ReservationSynced)
        RD_TRY(upsertBooking(db, event));
    else if (changesBooking(event.type))
        RD_TRY(updateBooking(db, event));
    else
        return {};
    return appendTimeline(db, event);
}

Result<qint64> MyBookingsProjector::rebuild(const QSqlDatabase &db)
{
    RD_TRY(SqlQuery(db, QStringLiteral("DELETE FROM my_booking_timeline")).exec());
    RD_TRY(SqlQuery(db, QStringLiteral("DELETE FROM my_bookings")).exec());
    constexpr int Batch = 10'000;
    qint64 after = 0;
    qint64 replayed = 0;
    for (;;) {
        auto batch = EventLog::read(db, after, Batch);
        if (!batch)
            return batch.error();
        for (const DomainEvent &event : batch.value())
            RD_TRY(apply(db, event));
        replayed += batch->size();
        if (batch->size() < Batch)
            return replayed;
        after = batch->constLast().seq;
    }
}
