#pragma once

#include "domain/cardtask.h"
#include "domain/payment.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <array>
#include <optional>

// The lists of the manager's Payments screen:
// - Pending: card work the provider has not finished that is not a booking waiting for its
//   money: calls under way, lost charges being looked up (abandoned), refunds waiting, and
//   charges still waiting for a booking that no longer wants them.
// - Deferred: open (held or confirmed) bookings whose payment is deferred, with their card
//   charge when one waits; "pay at the counter" ones have none.
// - Failed: declined card payments and refunds the provider refused for good.
// - Refunded: refunded payments.
enum class PaymentView { Pending = 0, Deferred = 1, Failed = 2, Refunded = 3 };
inline constexpr int PaymentViewCount = 4;

// What a row's money is waiting for, or came to.
enum class PaymentRowStatus {
    ChargeInFlight, // the provider is being asked to charge the card
    ChargeWaiting,  // the card is charged at the next try
    ChargeChecking, // a charge nobody wants any more: looked up, and refunded if it was taken
    PayAtCounter,   // deferred without a card: the customer pays at the counter
    RefundInFlight,
    RefundWaiting,
    RefundFailed, // the provider refused the refund: it waits for the manager
    Declined,
    Refunded,
};

struct PaymentOverviewRow final
{
    QUuid key; // what the row is about: the booking (Deferred), else its card task or payment
    QUuid reservationId;
    QUuid taskId; // null when no card task goes with the row
    std::optional<CardTask::State> taskState;
    qint64 when = 0; // UTC seconds: when the booking, task or payment was made
    QString customerName;
    QString resourceName;
    Money amount;
    PaymentMethod method = PaymentMethod::Card;
    QString cardBrand;
    QString cardLast4;
    PaymentRowStatus status = PaymentRowStatus::ChargeWaiting;
    int attempts = 0;
    qint64 nextAttemptAt = 0; // 0 = no next try
    QString detail;           // the provider's last error or the reason a card was declined
    bool wantsPayment = false; // the booking is open and unpaid: it can still be paid in cash

    // A waiting or failed card task can be made due now ("Retry now").
    bool canRetry() const
    {
        return taskState == CardTask::State::Waiting || taskState == CardTask::State::Failed;
    }
};

struct PaymentOverview final
{
    PaymentView view = PaymentView::Pending;
    QList<PaymentOverviewRow> rows;             // newest first, at most the limit asked for
    std::array<qint64, PaymentViewCount> counts{}; // every row of each list, by PaymentView

    qint64 count(PaymentView of) const { return counts[std::size_t(of)]; }
};

// On a reader. Each list reads the newest rows from an index in that order, so a million
// bookings and payments cost no more than the rows shown, with one exception: Deferred has
// no index ordered by time among the open deferred bookings and reads them all through
// `reservations_by_payment` (every booking ever deferred) to sort them. The card task table
// is small: only unfinished work stays in it.
namespace paymentoverview {

constexpr int MaxRows = 1000;

// The newest `limit` rows of `view` (1…MaxRows).
Result<QList<PaymentOverviewRow>> rows(const QSqlDatabase &db, PaymentView view, int limit);
// How many rows each list has in all, by PaymentView.
Result<std::array<qint64, PaymentViewCount>> counts(const QSqlDatabase &db);
// Both, in one read.
Result<PaymentOverview> load(const QSqlDatabase &db, PaymentView view, int limit);

} // namespace paymentoverview
