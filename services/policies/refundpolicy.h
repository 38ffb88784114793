#pragma once

#include "core/eventhandler.h"

// ReservationCancelled / ForceCancelled / Rejected → refund what was paid, synchronously and
// in the same transaction: if the refund cannot be made, the cancellation does not happen.
class RefundPolicy final : public EventHandler
{
public:
    Result<void> handle(CommandContext &context, const DomainEvent &event) override;
};
