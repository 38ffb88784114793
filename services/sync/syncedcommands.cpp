#include "sync/syncedcommands.h"

#include "commands/cardpaymentcommands.h"
#include "commands/customercommands.h"
#include "commands/inventorycommands.h"
#include "commands/paymentcommands.h"
#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/errors.h"
#include "domain/lifecycle.h"
#include "storage/cardtaskrepository.h"
#include "sync/outbox.h"
#include "sync/synccommands.h"

namespace syncedcommands {
namespace {

Result<Reservation> transition(CommandContext &context, const QString &kind, const QUuid &id,
                               Result<Reservation> (*command)(CommandContext &, const QUuid &))
{
    auto done = command(context, id);
    if (done)
        RD_TRY(outbox::record(context, synccommands::transition(kind, id)));
    return done;
}

} // namespace

Result<Customer> registerCustomer(CommandContext &context, const CustomerDraft &draft)
{
    auto customer = customercommands::registerCustomer(context, draft);
    if (customer)
        RD_TRY(outbox::record(context, synccommands::registerCustomer(customer.value())));
    return customer;
}

Result<Reservation> hold(CommandContext &context, const HoldRequest &request)
{
    auto held = reservationcommands::hold(context, request);
    if (held)
        RD_TRY(outbox::record(context, synccommands::hold(held.value())));
    return held;
}

Result<PaymentOutcome> pay(CommandContext &context, const PaymentRequest &request)
{
    auto outcome = paymentcommands::pay(context, request);
    if (!outcome)
        return outcome;
    auto command = synccommands::paymentRecorded(context, outcome.value(), request.reservationId);
    if (!command)
        return command.error();
    RD_TRY(outbox::record(context, command.value()));
    return outcome;
}

Result<PaymentOutcome> finishCardCharge(CommandContext &context, const QUuid &taskId,
                                        const Result<GatewayCharge> &answer)
{
    auto task = cardtaskrepository::find(context.db, taskId);
    if (!task)
        return task.error();
    if (!task.value())
        return errors::unknownCardTask();
    const QUuid reservationId = task.value()->reservationId;
    auto before = reservationcommands::load(context, reservationId);
    if (!before)
        return before.error();
    auto outcome = cardpaymentcommands::finishCharge(context, taskId, answer);
    if (!outcome)
        return outcome;
    // An attempt recorded for the booking, or a new status (deferred); not a charge that
    // came too late for its booking, which is refunded here and means nothing to the server.
    const auto recorded = outcome->payment ? outcome->payment->status : PaymentRecordStatus::Refunded;
    const bool attemptForBooking
        = (recorded == PaymentRecordStatus::Approved && outcome->paymentStatus == PaymentStatus::Approved)
          || (recorded == PaymentRecordStatus::Declined && outcome->paymentStatus == PaymentStatus::Declined);
    if (!attemptForBooking && outcome->paymentStatus == before->paymentStatus)
        return outcome;
    auto command = synccommands::paymentRecorded(context, outcome.value(), reservationId);
    if (!command)
        return command.error();
    RD_TRY(outbox::record(context, command.value()));
    return outcome;
}

Result<Reservation> confirm(CommandContext &context, const QUuid &id)
{
    return transition(context, synccommands::Confirm, id, &reservationcommands::confirm);
}

Result<Reservation> startFulfilment(CommandContext &context, const QUuid &id, const QString &taxiPlate)
{
    auto done = reservationcommands::startFulfilment(context, id, taxiPlate);
    if (done)
        RD_TRY(outbox::record(context, synccommands::transition(synccommands::Start, id, taxiPlate)));
    return done;
}

Result<Reservation> finishFulfilment(CommandContext &context, const QUuid &id)
{
    return transition(context, synccommands::Finish, id, &reservationcommands::finishFulfilment);
}

Result<Reservation> cancel(CommandContext &context, const QUuid &id)
{
    return transition(context, synccommands::Cancel, id, &reservationcommands::cancel);
}

Result<Reservation> refund(CommandContext &context, const QUuid &id)
{
    auto booking = reservationcommands::load(context, id);
    if (!booking)
        return booking.error();
    RD_TRY(lifecycle::check(booking->paymentStatus, PaymentStatus::Refunded));
    RD_TRY(paymentcommands::refundIfPaid(context, id));
    RD_TRY(outbox::record(context, synccommands::refund(id)));
    return reservationcommands::load(context, id);
}

Result<Resource> registerResource(CommandContext &context, const ResourceDraft &draft)
{
    auto resource = inventorycommands::registerResource(context, draft);
    if (resource)
        RD_TRY(outbox::record(context, synccommands::registerResource(resource.value())));
    return resource;
}

Result<Resource> updateResource(CommandContext &context, const QUuid &id, const ResourceDraft &draft,
                                int expectedVersion)
{
    auto resource = inventorycommands::updateResource(context, id, draft, expectedVersion);
    if (resource)
        RD_TRY(outbox::record(context, synccommands::updateResource(resource.value(), expectedVersion)));
    return resource;
}

Result<Resource> setResourceStatus(CommandContext &context, const QUuid &id, ResourceStatus status)
{
    auto resource = inventorycommands::setStatus(context, id, status);
    if (resource)
        RD_TRY(outbox::record(context, synccommands::setResourceStatus(id, status)));
    return resource;
}

Result<Resource> retireResource(CommandContext &context, const QUuid &id)
{
    auto resource = inventorycommands::retire(context, id);
    if (resource)
        RD_TRY(outbox::record(context, synccommands::retireResource(id)));
    return resource;
}

} // namespace syncedcommands
