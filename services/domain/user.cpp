#include "domain/user.h"

#include "domain/errors.h"
#include "domain/textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace users {

Result<void> validateDisplayName(const QString &displayName)
{
    return textrules::check(QCoreApplication::translate("User", "Name"), displayName, MaxDisplayNameLength, true);
}

Result<void> validatePassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return errors::passwordTooShort(MinPasswordLength);
    if (password.size() > MaxPasswordLength)
        return errors::textTooLong(QCoreApplication::translate("User", "Password"), MaxPasswordLength);
    return {};
}

QList<Error> problems(const UserDraft &draft)
{
    QList<Error> found;
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]+$"));
    if (draft.username.size() < MinUsernameLength || draft.username.size() > MaxUsernameLength
        || !allowed.match(draft.username).hasMatch())
        found << errors::invalidUsername(MinUsernameLength, MaxUsernameLength);
    if (const auto name = validateDisplayName(draft.displayName); !name)
        found << name.error();
    if (const auto password = validatePassword(draft.password); !password)
        found << password.error();
    return found;
}

Result<void> validate(const UserDraft &draft)
{
    if (const QList<Error> found = problems(draft); !found.isEmpty())
        return found.first();
    if ((draft.role == Role::Customer) == draft.customerId.isNull())
        return draft.role == Role::Customer ? errors::unknownCustomer() : errors::staffWithCustomer();
    return {};
}

} // namespace users
