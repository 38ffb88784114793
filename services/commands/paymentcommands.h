#pragma once

#include "domain/payment.h"

struct CommandContext;

// Paying and refunding bookings, on the service thread inside the caller's transaction.
namespace paymentcommands {

// Card: charged through the gateway (approved, declined, or deferred when the gateway is
// unavailable). Cash: approved at once. Pay at the counter: deferred. A declined card is an
// answer, not an error: the attempt is stored and the outcome says Declined.
Result<PaymentOutcome> pay(CommandContext &context, const PaymentRequest &request);
// Refunds the approved payment of a booking, if there is one.
Result<void> refundIfPaid(CommandContext &context, const QUuid &reservationId);

} // namespace paymentcommands
