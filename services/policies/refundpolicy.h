#pragma once

#include "core/eventhandler.h"

// A booking that ended gives its money back, in the same transaction:
// ReservationCancelled / ForceCancelled / Rejected → the approved payment is refunded (a
// refund the provider cannot make now waits as a card task and is retried); these and
// HoldExpired → card charges still waiting for the provider are abandoned (looked up, and
// refunded if the money was taken after all).
class RefundPolicy final : public EventHandler
{
public:
    Result<void> handle(CommandContext &context, const DomainEvent &event) override;
};
