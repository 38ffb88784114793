#pragma once

#include "core/eventhandler.h"

// Reservation and payment events → messages to the customer, queued in the notifications
// outbox in the same transaction (so none is lost) and delivered later by the channels:
// always on the desktop, and by SMS when the customer has a phone number and the shop has an
// SMS gateway.
class NotificationPolicy final : public EventHandler
{
public:
    Result<void> handle(CommandContext &context, const DomainEvent &event) override;
};
