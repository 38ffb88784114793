#include "policies/confirmationpolicy.h"

#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/domainevent.h"
#include "domain/errors.h"
#include "domain/profile.h"
#include "storage/resourcerepository.h"

Result<void> ConfirmationPolicy::handle(CommandContext &context, const DomainEvent &event)
{
    const bool paid = event.type == events::PaymentApproved;
    const bool heldForFree = event.type == events::ReservationHeld
                             && event.payload.value(QStringLiteral("amount")).toInteger() == 0;
    if (!paid && !heldForFree)
        return {};
    auto reservation = reservationcommands::load(context, event.aggregateId);
    if (!reservation)
        return reservation.error();
    if (reservation->status != ReservationStatus::Held)
        return {};
    auto resource = resourcerepository::find(context.db, reservation->resourceId);
    if (!resource)
        return resource.error();
    if (!resource.value())
        return errors::unknownResource();
    if (!profiles::traits(resource.value()->data.profile).confirmsWhenPaid)
        return {};
    auto confirmed = reservationcommands::confirm(context, event.aggregateId);
    if (!confirmed)
        return confirmed.error();
    return {};
}
