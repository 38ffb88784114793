#pragma once

#include "domain/customer.h"
#include "domain/payment.h"
#include "domain/reservation.h"
#include "domain/resource.h"
#include "payment/paymentgateway.h"
#include "domain/result.h"

struct CommandContext;

// The commands a clerk or customer gives on this device, each together with its outbox
// entry (DESIGN.md §4: "stored in the outbox in the same transaction as its effect"). On a
// device that does not synchronise they are exactly the plain domain commands.
namespace syncedcommands {

Result<Customer> registerCustomer(CommandContext &context, const CustomerDraft &draft);
Result<Reservation> hold(CommandContext &context, const HoldRequest &request);
Result<PaymentOutcome> pay(CommandContext &context, const PaymentRequest &request);
// Step 3 of a card payment (cardpaymentcommands::finishCharge); the server hears of it when
// it changed the booking's payment status.
Result<PaymentOutcome> finishCardCharge(CommandContext &context, const QUuid &taskId,
                                        const Result<GatewayCharge> &answer);
Result<Reservation> confirm(CommandContext &context, const QUuid &id);
Result<Reservation> startFulfilment(CommandContext &context, const QUuid &id, const QString &taxiPlate = {});
Result<Reservation> finishFulfilment(CommandContext &context, const QUuid &id);
Result<Reservation> cancel(CommandContext &context, const QUuid &id);
// Refunds a paid booking that stays as it is (see ReservationService::refund).
Result<Reservation> refund(CommandContext &context, const QUuid &id);

Result<Resource> registerResource(CommandContext &context, const ResourceDraft &draft);
Result<Resource> updateResource(CommandContext &context, const QUuid &id, const ResourceDraft &draft,
                                int expectedVersion);
Result<Resource> setResourceStatus(CommandContext &context, const QUuid &id, ResourceStatus status);
Result<Resource> retireResource(CommandContext &context, const QUuid &id);

} // namespace syncedcommands
