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

Result<void> validate(const UserDraft &draft)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]+$"));
    if (draft.username.size() < MinUsernameLength || draft.username.size() > MaxUsernameLength
        || !allowed.match(draft.username).hasMatch())
        return errors::invalidUsername(MinUsernameLength, MaxUsernameLength);
    RD_TRY(validateDisplayName(draft.displayName));
    RD_TRY(validatePassword(draft.password));
    if ((draft.role == Role::Customer) == draft.customerId.isNull())
        return draft.role == Role::Customer ? errors::unknownCustomer() : errors::staffWithCustomer();
    return {};
}

} // namespace users
