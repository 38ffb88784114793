#include "policies/refundpolicy.h"

#include "commands/paymentcommands.h"
#include "domain/domainevent.h"

Result<void> RefundPolicy::handle(CommandContext &context, const DomainEvent &event)
{
    if (event.type != events::ReservationCancelled && event.type != events::ReservationForceCancelled
        && event.type != events::ReservationRejected)
        return {};
    return paymentcommands::refundIfPaid(context, event.aggregateId);
}
