#include "commands/accountchanges.h"

#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/domainevent.h"
#include "domain/errors.h"
#include "security/passwordhash.h"
#include "storage/userrepository.h"

namespace accountchanges {
namespace {

Result<User> load(CommandContext &context, const QUuid &id)
{
    auto found = userrepository::find(context.db, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return errors::unknownAccount();
    return found->value();
}

// Whether `account` is the last manager who can sign in.
Result<bool> isLastManager(CommandContext &context, const User &account)
{
    if (account.role != Role::Manager || account.disabled)
        return false;
    auto managers = userrepository::activeManagers(context.db);
    if (!managers)
        return managers.error();
    return managers.value() <= 1;
}

// A manager stays one, and signed in, unless another can take over; nobody locks themselves out.
Result<void> checkStillManaged(CommandContext &context, const QString &by, const User &before, const User &after)
{
    const bool losesManager = before.role == Role::Manager && !before.disabled
                              && (after.role != Role::Manager || after.disabled);
    if (!losesManager)
        return {};
    if (before.username == by)
        return errors::ownAccount();
    auto last = isLastManager(context, before);
    if (!last)
        return last.error();
    if (last.value())
        return errors::lastManager();
    return {};
}

Result<User> store(CommandContext &context, const QString &by, const User &before, const User &after, const QString &type)
{
    RD_TRY(checkStillManaged(context, by, before, after));
    RD_TRY(userrepository::update(context.db, after));
    RD_TRY(audit(context, type, after, by));
    return after;
}

} // namespace

Result<void> audit(CommandContext &context, const QString &type, const User &account, const QString &by)
{
    DomainEvent event;
    event.type = type;
    event.aggregateId = account.id;
    event.payload = QJsonObject{{QStringLiteral("username"), account.username},
                                {QStringLiteral("displayName"), account.displayName},
                                {QStringLiteral("role"), roles::key(account.role)},
                                {QStringLiteral("disabled"), account.disabled},
                                {QStringLiteral("by"), by}};
    auto appended = context.events.append(context, event);
    if (!appended)
        return appended.error();
    return {};
}

Result<User> edit(CommandContext &context, const QString &by, const QUuid &id, const AccountEdit &change)
{
    RD_TRY(users::validateDisplayName(change.displayName));
    auto before = load(context, id);
    if (!before)
        return before;
    // Customer accounts book as their customer; staff have none (see users::validate).
    if ((before->role == Role::Customer) != (change.role == Role::Customer))
        return errors::customerRoleFixed();
    User after = before.value();
    after.displayName = change.displayName.trimmed();
    after.role = change.role;
    return store(context, by, before.value(), after, events::AccountChanged);
}

Result<User> setDisabled(CommandContext &context, const QString &by, const QUuid &id, bool disabled)
{
    auto before = load(context, id);
    if (!before)
        return before;
    if (disabled && before->username == by)
        return errors::ownAccount();
    User after = before.value();
    after.disabled = disabled;
    return store(context, by, before.value(), after, disabled ? events::AccountDisabled : events::AccountEnabled);
}

Result<User> resetPassword(CommandContext &context, const QString &by, const QUuid &id, const QString &password)
{
    RD_TRY(users::validatePassword(password));
    auto account = load(context, id);
    if (!account)
        return account;
    RD_TRY(userrepository::setPasswordHash(context.db, id, passwordhash::hash(password)));
    RD_TRY(audit(context, events::PasswordReset, account.value(), by));
    return account;
}

} // namespace accountchanges
