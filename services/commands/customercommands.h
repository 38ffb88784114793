#pragma once

#include "domain/customer.h"

struct CommandContext;

namespace customercommands {

// `id` is the one the device that registered the customer gave it (sync); empty = a new one.
Result<Customer> registerCustomer(CommandContext &context, const CustomerDraft &draft, const QUuid &id = {});

} // namespace customercommands
