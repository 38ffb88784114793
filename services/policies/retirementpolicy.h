#pragma once

#include "core/eventhandler.h"

// ResourceRetired → force-cancel its held and confirmed bookings (refunded by the
// RefundPolicy, customers told by the NotificationPolicy). Bookings already in use run to
// their end: the car is out on the road.
class RetirementPolicy final : public EventHandler
{
public:
    Result<void> handle(CommandContext &context, const DomainEvent &event) override;
};
