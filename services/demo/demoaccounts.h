#pragma once

#include "domain/profile.h"
#include "domain/result.h"

#include <QUuid>

struct CommandContext;

// The demo's sign-ins, so `rentaldesk --demo PROFILE` opens straight to a working shop: a
// manager, a clerk and a customer account (the customer books as `customerId`), all with the
// password below, which the README gives. Only for demo databases: a real shop's first run
// asks for its own manager account.
namespace demoaccounts {

inline constexpr const char *Password = "rentaldesk";
// What staff type to leave a demo's self-service kiosk (`rentaldesk --kiosk --demo …`).
inline constexpr const char *KioskPin = "2468";

// Sets the shop up for `profile` with the three accounts; does nothing if the shop already
// has accounts.
Result<void> create(CommandContext &context, Profile profile, const QUuid &customerId);

} // namespace demoaccounts
