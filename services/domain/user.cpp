#include "domain/user.h"

#include "domain/errors.h"
#include "domain/textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace users {

Result<void> validate(const UserDraft &draft)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]+$"));
    if (draft.username.size() < MinUsernameLength || draft.username.size() > MaxUsernameLength
        || !allowed.match(draft.username).hasMatch())
        return errors::invalidUsername(MinUsernameLength, MaxUsernameLength);
    RD_TRY(textrules::check(QCoreApplication::translate("User", "Name"), draft.displayName, MaxDisplayNameLength, true));
    if (draft.password.size() < MinPasswordLength)
        return errors::passwordTooShort(MinPasswordLength);
    if (draft.password.size() > MaxPasswordLength)
        return errors::textTooLong(QCoreApplication::translate("User", "Password"), MaxPasswordLength);
    if ((draft.role == Role::Customer) == draft.customerId.isNull())
        return draft.role == Role::Customer ? errors::unknownCustomer() : errors::staffWithCustomer();
    return {};
}

} // namespace users
