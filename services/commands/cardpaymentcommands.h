#pragma once

#include "domain/cardtask.h"
#include "domain/payment.h"
#include "payment/paymentgateway.h"

#include <optional>

struct CommandContext;

// Card payments in steps, so that the provider is called between transactions, never inside
// one (which would stop every other command while it waits), and so that a crash or a lost
// answer leaves a task to finish with the same idempotency key instead of an unknown charge:
//   begin → (the provider is called) → finishCharge;
//   a charge the provider could not answer waits (the booking's payment is Deferred) and the
//   settler claims it again later; a charge nobody wants any more is abandoned, looked up at
//   the provider and refunded if it was taken; a refund that failed waits and is retried.
namespace cardpaymentcommands {

// Checks that the booking can be paid (by its customer, when `requiredCustomer` is set)
// and writes the charge task, in flight.
Result<CardTask> begin(CommandContext &context, const PaymentRequest &request, const QUuid &requiredCustomer);
// Records the provider's answer to a task's charge. When the booking ended while the card
// was charged, the money taken is refunded through a refund task.
Result<PaymentOutcome> finishCharge(CommandContext &context, const QUuid &taskId,
                                    const Result<GatewayCharge> &answer);
// The settler's turn with a due task: a waiting charge or refund goes in flight, or a waiting
// charge whose booking no longer wants paying is abandoned. None when there is nothing to do.
Result<std::optional<CardTask>> claim(CommandContext &context, const QUuid &taskId);
// Records what the provider holds under an abandoned charge's key.
Result<void> finishLookup(CommandContext &context, const QUuid &taskId,
                          const Result<std::optional<GatewayCharge>> &found);
Result<void> finishRefund(CommandContext &context, const QUuid &taskId, const Result<void> &answer);

// A refund the provider could not make now (or refused): kept as a task.
Result<void> queueRefund(CommandContext &context, const Payment &payment, const Error &why);
// The booking ended or is paid another way: its waiting charges are abandoned.
Result<void> abandonCharges(CommandContext &context, const QUuid &reservationId);
Result<void> checkNoChargeInFlight(CommandContext &context, const QUuid &reservationId);
// The manager's "retry now" for a waiting or failed task.
Result<CardTask> retryNow(CommandContext &context, const QUuid &taskId);
// At start: calls under way when the process stopped will never answer; retry them now.
Result<int> releaseInFlight(CommandContext &context);

// How long a task waits after `attempts` failed calls: 10 s, doubling, at most 2 minutes.
qint64 retryDelaySeconds(int attempts);

} // namespace cardpaymentcommands
