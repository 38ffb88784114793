#pragma once

#include "domain/resource.h"

struct CommandContext;

// Keeping the inventory: register, edit, maintenance, retire.
namespace inventorycommands {

// `id` is the one the device that registered it gave it (sync); empty = a new one.
Result<Resource> registerResource(CommandContext &context, const ResourceDraft &draft, const QUuid &id = {});
// The profile of a resource never changes; the capacity cannot drop below what is booked.
Result<Resource> updateResource(CommandContext &context, const QUuid &id, const ResourceDraft &draft,
                                int expectedVersion);
// Active <-> Maintenance. New bookings are refused in maintenance; existing ones stand.
Result<Resource> setStatus(CommandContext &context, const QUuid &id, ResourceStatus status);
// Retired for good; the RetirementPolicy force-cancels its open bookings and refunds them.
Result<Resource> retire(CommandContext &context, const QUuid &id);

} // namespace inventorycommands
