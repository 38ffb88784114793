#pragma once

#include "domain/customer.h"
#include "domain/profile.h"
#include "domain/user.h"

struct CommandContext;

// Accounts, on the service thread inside the caller's transaction.
namespace accountcommands {

// `by`: the account that creates it (empty: the new account itself, at the first run or a
// customer signing up).
Result<User> createUser(CommandContext &context, const UserDraft &draft, const QString &by = {});
Result<User> setUp(CommandContext &context, Profile profile, const UserDraft &manager);
// The first run of a counter that joins a shop's server: the account is the staff member's
// server account (same name, display name, role and password), so they sign in here as
// there. Customers' accounts set up no counter (staff_account_required).
Result<User> joinServer(CommandContext &context, Profile profile, const UserDraft &serverAccount);
Result<User> registerCustomerAccount(CommandContext &context, const CustomerDraft &customer,
                                     const QString &username, const QString &password, const QString &by = {});

// The shop's business profile as stored in `meta`; none before the first run.
std::optional<Profile> storedProfile(qint64 metaValue);
QString profileMetaKey();

} // namespace accountcommands
