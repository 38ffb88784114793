#pragma once

#include "core/eventhandler.h"

// PaymentApproved → Confirmed, for the profiles that confirm themselves once paid. A free
// booking (amount 0) of those profiles is confirmed as soon as it is held. Taxi bookings wait
// for the dispatcher.
class ConfirmationPolicy final : public EventHandler
{
public:
    Result<void> handle(CommandContext &context, const DomainEvent &event) override;
};
