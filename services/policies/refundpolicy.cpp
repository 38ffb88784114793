#include "policies/refundpolicy.h"

#include "commands/cardpaymentcommands.h"
#include "commands/paymentcommands.h"
#include "domain/domainevent.h"

Result<void> RefundPolicy::handle(CommandContext &context, const DomainEvent &event)
{
    const bool ended = event.type == events::ReservationCancelled || event.type == events::ReservationForceCancelled
                       || event.type == events::ReservationRejected;
    if (!ended && event.type != events::HoldExpired)
        return {};
    RD_TRY(cardpaymentcommands::abandonCharges(context, event.aggregateId));
    if (!ended)
        return {};
    return paymentcommands::refundIfPaid(context, event.aggregateId);
}
