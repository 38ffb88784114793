#pragma once

#include "domain/customer.h"

struct CommandContext;

namespace customercommands {

Result<Customer> registerCustomer(CommandContext &context, const CustomerDraft &draft);

} // namespace customercommands
