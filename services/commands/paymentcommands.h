#pragma once

#include "domain/payment.h"

struct CommandContext;
class QJsonObject;

// Paying and refunding bookings, on the service thread inside the caller's transaction.
namespace paymentcommands {

// Cash: approved at once. Pay at the counter: deferred. Card payments take three steps, so
// the provider is never called inside a transaction (cardpaymentcommands); here a card is
// charged in one go, as a command replayed from another device's outbox never reaches the
// provider (SettledGateway). A declined card is an answer, not an error: the attempt is
// stored and the outcome says Declined.
Result<PaymentOutcome> pay(CommandContext &context, const PaymentRequest &request);
// Stores an answered attempt (approved or declined) and moves the booking's payment status.
Result<PaymentOutcome> recordAttempt(CommandContext &context, const Reservation &reservation,
                                     const Payment &payment);
// The booking waits for its money: card unavailable, or to be paid at the counter.
Result<PaymentOutcome> defer(CommandContext &context, const Reservation &reservation,
                             const Payment &attempt, const QString &reason);
// Refunds the approved payment of a booking, if there is one. When the provider cannot
// refund now, the refund waits as a card task and is retried; the booking's payment stays
// approved (the money is still the customer's to get back) until it goes through.
Result<void> refundIfPaid(CommandContext &context, const QUuid &reservationId);
// Records a refund the provider has made: the payment, and the booking's payment status
// once none of its payments is left approved.
Result<void> recordRefund(CommandContext &context, const Payment &payment);
QJsonObject eventPayload(const Payment &payment);

} // namespace paymentcommands
