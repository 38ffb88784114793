#include "demo/demoaccounts.h"

#include "commands/accountcommands.h"
#include "core/commandcontext.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

namespace demoaccounts {

Result<void> create(CommandContext &context, Profile profile, const QUuid &customerId)
{
    auto existing = userrepository::count(context.db);
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return {};
    const QString password = QString::fromLatin1(Password);
    RD_TRY(accountcommands::setUp(context, profile,
                                  UserDraft{QStringLiteral("manager"),
                                            QCoreApplication::translate("Demo", "Shop manager"), password,
                                            Role::Manager, {}}));
    RD_TRY(accountcommands::createUser(context, UserDraft{QStringLiteral("clerk"),
                                                          QCoreApplication::translate("Demo", "Counter clerk"),
                                                          password, Role::Clerk, {}}));
    RD_TRY(accountcommands::createUser(context, UserDraft{QStringLiteral("customer"),
                                                          QCoreApplication::translate("Demo", "Demo customer"),
                                                          password, Role::Customer, customerId}));
    return {};
}

} // namespace demoaccounts
