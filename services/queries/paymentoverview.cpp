#include "queries/paymentoverview.h"

#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace paymentoverview {
namespace {

// The stored values are written out (not bound) where an index or the planner must see
// them: reservations.status Held 0 and Confirmed 1, payment_status Approved 1, Refunded 2,
// Deferred 3 (domain/reservation.h); payments.status Declined 1, Refunded 2 (domain/payment.h).
static_assert(int(ReservationStatus::Held) == 0 && int(ReservationStatus::Confirmed) == 1);
static_assert(int(PaymentStatus::Deferred) == 3);
static_assert(int(PaymentRecordStatus::Declined) == 1 && int(PaymentRecordStatus::Refunded) == 2);

// A booking waiting for its money: the Deferred list.
const QString DeferredBooking = QStringLiteral("payment_status = 3 AND status IN (0, 1)");

// Card work not shown with its booking under Deferred.
const QString PendingTask = QStringLiteral(
    "(t.state IN ('in_flight', 'abandoned') OR (t.state = 'waiting' AND (t.kind = 'refund' "
    "OR r.status IS NULL OR NOT (r.payment_status = 3 AND r.status IN (0, 1)))))");

// The names that go with a booking (a booking whose row is missing still lists its money).
const QString BookingNames = QStringLiteral(
    " LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN resources s ON s.id = r.resource_id ");

// The booking's columns at `first`: status, payment_status, customer name, resource name.
void readBooking(const SqlQuery &in, int first, PaymentOverviewRow &row)
{
    if (!in.value(first).isNull()) {
        Reservation booking;
        booking.status = ReservationStatus(in.integer(first));
        booking.paymentStatus = PaymentStatus(in.integer(first + 1));
        row.wantsPayment = payments::wantsPayment(booking);
    }
    row.customerName = in.text(first + 2);
    row.resourceName = in.text(first + 3);
}

PaymentRowStatus taskStatus(bool refund, CardTask::State state)
{
    switch (state) {
    case CardTask::State::InFlight: return refund ? PaymentRowStatus::RefundInFlight : PaymentRowStatus::ChargeInFlight;
    case CardTask::State::Waiting: return refund ? PaymentRowStatus::RefundWaiting : PaymentRowStatus::ChargeWaiting;
    case CardTask::State::Abandoned: return PaymentRowStatus::ChargeChecking;
    // Only refunds fail for good: a charge the provider refuses is a declined payment.
    case CardTask::State::Failed: return refund ? PaymentRowStatus::RefundFailed : PaymentRowStatus::Declined;
    }
    return PaymentRowStatus::ChargeWaiting;
}

// Card tasks matching `condition` (on t and r), newest first.
Result<QList<PaymentOverviewRow>> tasks(const QSqlDatabase &db, const QString &condition, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT t.id, t.reservation_id, t.kind, t.state, t.amount, t.currency, t.card_brand, "
                                  "t.card_last4, t.attempts, t.next_attempt_at, t.last_error, t.created_at, "
                                  "r.status, r.payment_status, c.name, s.name "
                                  "FROM card_tasks t LEFT JOIN reservations r ON r.id = t.reservation_id")
                       + BookingNames + QStringLiteral("WHERE ") + condition
                       + QStringLiteral(" ORDER BY t.created_at DESC, t.rowid DESC LIMIT ?"));
    q.bind(limit);
    return q.collect([](const SqlQuery &in) {
        PaymentOverviewRow row;
        row.key = row.taskId = in.uuid(0);
        row.reservationId = in.uuid(1);
        const bool refund = in.text(2) == QLatin1StringView("refund");
        row.taskState = cardtasks::stateFromKey(in.text(3));
        row.status = taskStatus(refund, row.taskState.value_or(CardTask::State::Failed));
        row.amount = Money{in.integer(4), in.text(5)};
        row.method = PaymentMethod::Card;
        row.cardBrand = in.text(6);
        row.cardLast4 = in.text(7);
        row.attempts = int(in.integer(8));
        // Nothing is tried again by itself once the provider refused for good.
        if (row.taskState == CardTask::State::Waiting || row.taskState == CardTask::State::Abandoned)
            row.nextAttemptAt = in.integer(9);
        row.detail = in.text(10);
        row.when = in.integer(11);
        readBooking(in, 12, row);
        return row;
    });
}

// Payments with `status` (a PaymentRecordStatus), newest first: the newest come from
// payments_by_status, then get their names.
Result<QList<PaymentOverviewRow>> paymentsWith(const QSqlDatabase &db, PaymentRecordStatus status, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT p.id, p.reservation_id, p.amount, p.currency, p.method, p.card_brand, "
                                  "p.card_last4, p.decline_reason, p.created_at, r.status, r.payment_status, c.name, s.name "
                                  "FROM (SELECT id, reservation_id, amount, currency, method, card_brand, card_last4, "
                                  "decline_reason, created_at, rowid AS k FROM payments WHERE status = ? "
                                  "ORDER BY created_at DESC, rowid DESC LIMIT ?) p "
                                  "LEFT JOIN reservations r ON r.id = p.reservation_id")
                       + BookingNames + QStringLiteral("ORDER BY p.created_at DESC, p.k DESC"));
    q.bind(int(status)).bind(limit);
    const bool refunded = status == PaymentRecordStatus::Refunded;
    return q.collect([refunded](const SqlQuery &in) {
        PaymentOverviewRow row;
        row.key = in.uuid(0);
        row.reservationId = in.uuid(1);
        row.amount = Money{in.integer(2), in.text(3)};
        row.method = PaymentMethod(in.integer(4));
        row.cardBrand = in.text(5);
        row.cardLast4 = in.text(6);
        row.detail = in.text(7);
        row.when = in.integer(8);
        row.status = refunded ? PaymentRowStatus::Refunded : PaymentRowStatus::Declined;
        readBooking(in, 9, row);
        return row;
    });
}

// Open deferred bookings, newest first, each with the card charge that waits for it (there
// is at most one: a new card abandons the one before, and none starts while one is in flight).
Result<QList<PaymentOverviewRow>> deferred(const QSqlDatabase &db, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT r.id, r.created_at, r.amount, r.currency, r.status, r.payment_status, c.name, "
                                  "s.name, t.id, t.state, t.card_brand, t.card_last4, t.attempts, t.next_attempt_at, "
                                  "t.last_error "
                                  "FROM (SELECT id, customer_id, resource_id, created_at, amount, currency, status, "
                                  "payment_status, rowid AS k FROM reservations")
                       + sqldialect::indexedBy(db, "reservations_deferred") + QStringLiteral(" WHERE ") + DeferredBooking
                       + QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT ?) r") + BookingNames
                       + QStringLiteral("LEFT JOIN card_tasks t ON t.reservation_id = r.id AND t.kind = 'charge' "
                                        "AND t.state IN ('waiting', 'in_flight') "
                                        "ORDER BY r.created_at DESC, r.k DESC"));
    q.bind(limit);
    return q.collect([](const SqlQuery &in) {
        PaymentOverviewRow row;
        row.key = row.reservationId = in.uuid(0);
        row.when = in.integer(1);
        row.amount = Money{in.integer(2), in.text(3)};
        readBooking(in, 4, row);
        if (in.value(8).isNull()) {
            row.method = PaymentMethod::PayAtCounter;
            row.status = PaymentRowStatus::PayAtCounter;
            return row;
        }
        row.taskId = in.uuid(8);
        row.taskState = cardtasks::stateFromKey(in.text(9));
        row.status = row.taskState == CardTask::State::InFlight ? PaymentRowStatus::ChargeInFlight
                                                                : PaymentRowStatus::ChargeWaiting;
        row.method = PaymentMethod::Card;
        row.cardBrand = in.text(10);
        row.cardLast4 = in.text(11);
        row.attempts = int(in.integer(12));
        if (row.taskState == CardTask::State::Waiting)
            row.nextAttemptAt = in.integer(13);
        row.detail = in.text(14);
        return row;
    });
}

// Declined payments and refused refunds, newest first: the newest `limit` of each, merged.
Result<QList<PaymentOverviewRow>> failed(const QSqlDatabase &db, int limit)
{
    auto declined = paymentsWith(db, PaymentRecordStatus::Declined, limit);
    if (!declined)
        return declined.error();
    auto refused = tasks(db, QStringLiteral("t.state = 'failed'"), limit);
    if (!refused)
        return refused.error();
    QList<PaymentOverviewRow> rows;
    rows.reserve(declined->size() + refused->size());
    std::merge(declined->cbegin(), declined->cend(), refused->cbegin(), refused->cend(), std::back_inserter(rows),
               [](const PaymentOverviewRow &a, const PaymentOverviewRow &b) { return a.when > b.when; });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

} // namespace

Result<QList<PaymentOverviewRow>> rows(const QSqlDatabase &db, PaymentView view, int limit)
{
    limit = std::clamp(limit, 1, MaxRows);
    switch (view) {
    case PaymentView::Pending: return tasks(db, PendingTask, limit);
    case PaymentView::Deferred: return deferred(db, limit);
    case PaymentView::Failed: return failed(db, limit);
    case PaymentView::Refunded: return paymentsWith(db, PaymentRecordStatus::Refunded, limit);
    }
    return QList<PaymentOverviewRow>();
}

Result<std::array<qint64, PaymentViewCount>> counts(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT (SELECT count(*) FROM card_tasks t LEFT JOIN reservations r "
                                  "ON r.id = t.reservation_id WHERE ")
                       + PendingTask + QStringLiteral("), (SELECT count(*) FROM reservations")
                       + sqldialect::indexedBy(db, "reservations_deferred") + QStringLiteral(" WHERE ") + DeferredBooking
                       + QStringLiteral("), (SELECT count(*) FROM payments WHERE status = 1), "
                                        "(SELECT count(*) FROM card_tasks WHERE state = 'failed'), "
                                        "(SELECT count(*) FROM payments WHERE status = 2)"));
    auto found = q.first([](const SqlQuery &in) {
        return std::array<qint64, PaymentViewCount>{in.integer(0), in.integer(1), in.integer(2) + in.integer(3),
                                                    in.integer(4)};
    });
    if (!found)
        return found.error();
    return found.value().value_or(std::array<qint64, PaymentViewCount>{});
}

Result<PaymentOverview> load(const QSqlDatabase &db, PaymentView view, int limit)
{
    auto listed = rows(db, view, limit);
    if (!listed)
        return listed.error();
    auto counted = counts(db);
    if (!counted)
        return counted.error();
    return PaymentOverview{view, std::move(listed).value(), counted.value()};
}

} // namespace paymentoverview
