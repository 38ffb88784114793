#pragma once

#include "domain/result.h"

struct CommandContext;
struct DomainEvent;

// A policy or projection that reacts to an event inside the transaction that appended it, so
// its effect commits or rolls back together with the change (transactional outbox).
class EventHandler
{
public:
    virtual ~EventHandler() = default;
    virtual Result<void> handle(CommandContext &context, const DomainEvent &event) = 0;
};
