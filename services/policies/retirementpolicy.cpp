#include "policies/retirementpolicy.h"

#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/domainevent.h"
#include "storage/reservationrepository.h"

Result<void> RetirementPolicy::handle(CommandContext &context, const DomainEvent &event)
{
    if (event.type != events::ResourceRetired)
        return {};
    auto open = reservationrepository::openForResource(context.db, event.aggregateId);
    if (!open)
        return open.error();
    for (const Reservation &r : open.value()) {
        if (r.status == ReservationStatus::InUse)
            continue;
        auto cancelled = reservationcommands::forceCancel(context, r.id);
        if (!cancelled)
            return cancelled.error();
    }
    return {};
}
