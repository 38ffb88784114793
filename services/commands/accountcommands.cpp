#include "commands/accountcommands.h"

#include "commands/accountchanges.h"
#include "commands/customercommands.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/domainevent.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "security/passwordhash.h"
#include "storage/customerrepository.h"
#include "storage/metavalues.h"
#include "storage/userrepository.h"
#include "sync/syncedcommands.h"

namespace accountcommands {

QString profileMetaKey()
{
    return QStringLiteral("shop_profile");
}

// Stored as the enum value + 1 so that 0, "never written", means no profile.
std::optional<Profile> storedProfile(qint64 metaValue)
{
    const QList<Profile> known = profiles::all();
    for (Profile profile : known)
        if (qint64(profile) + 1 == metaValue)
            return profile;
    return std::nullopt;
}

Result<User> createUser(CommandContext &context, const UserDraft &draft, const QString &by)
{
    RD_TRY(users::validate(draft));
    auto existing = userrepository::findByUsername(context.db, draft.username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return errors::usernameTaken(draft.username);
    if (draft.role == Role::Customer) {
        auto customer = customerrepository::find(context.db, draft.customerId);
        if (!customer)
            return customer.error();
        if (!customer->has_value())
            return errors::unknownCustomer();
    }
    const User user{ids::newId(), draft.username, draft.displayName, draft.role, draft.customerId,
                    context.clock.nowSecs()};
    RD_TRY(userrepository::insert(context.db, user, passwordhash::hash(draft.password)));
    RD_TRY(accountchanges::audit(context, events::AccountCreated, user, by.isEmpty() ? user.username : by));
    return user;
}

namespace {

// The first account and the shop's business, on a database that has no account yet.
Result<User> firstAccount(CommandContext &context, Profile profile, const UserDraft &draft)
{
    auto count = userrepository::count(context.db);
    if (!count)
        return count.error();
    if (count.value() > 0)
        return errors::alreadySetUp();
    auto user = createUser(context, draft);
    if (!user)
        return user;
    RD_TRY(metavalues::write(context.db, profileMetaKey(), qint64(profile) + 1));
    return user;
}

} // namespace

Result<User> setUp(CommandContext &context, Profile profile, const UserDraft &manager)
{
    UserDraft draft = manager;
    draft.role = Role::Manager;
    return firstAccount(context, profile, draft);
}

Result<User> joinServer(CommandContext &context, Profile profile, const UserDraft &serverAccount)
{
    if (serverAccount.role != Role::Manager && serverAccount.role != Role::Clerk)
        return errors::staffAccountRequired();
    return firstAccount(context, profile, serverAccount);
}

Result<User> registerCustomerAccount(CommandContext &context, const CustomerDraft &customer,
                                     const QString &username, const QString &password, const QString &by)
{
    // Validate the account before creating the customer, so a bad password leaves no
    // customer behind even before the transaction rolls back.
    UserDraft draft{username, customer.name, password, Role::Customer, ids::newId()};
    RD_TRY(users::validate(draft));
    auto created = syncedcommands::registerCustomer(context, customer);
    if (!created)
        return created.error();
    draft.customerId = created->id;
    return createUser(context, draft, by);
}

} // namespace accountcommands
