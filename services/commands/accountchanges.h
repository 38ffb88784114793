#pragma once

#include "domain/role.h"
#include "domain/user.h"

struct CommandContext;

// A manager's changes to existing accounts, each written to the event log for the audit
// trail (who did what to which account, and when; never a password). The shop always keeps
// a manager who can sign in, and nobody disables or demotes themselves.
namespace accountchanges {

struct AccountEdit final
{
    QString displayName;
    Role role = Role::Clerk;
};

Result<User> edit(CommandContext &context, const QString &by, const QUuid &id, const AccountEdit &edit);
Result<User> setDisabled(CommandContext &context, const QString &by, const QUuid &id, bool disabled);
Result<User> resetPassword(CommandContext &context, const QString &by, const QUuid &id, const QString &password);

// Appends `type` for `account`, done by the account named `by`.
Result<void> audit(CommandContext &context, const QString &type, const User &account, const QString &by);

} // namespace accountchanges
