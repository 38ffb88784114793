#include "domain/role.h"

#include "domain/errors.h"

#include <QCoreApplication>

namespace roles {

QString key(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("manager");
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Customer: return QStringLiteral("customer");
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    for (Role role : all())
        if (roles::key(role) == key)
            return role;
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Manager: return QCoreApplication::translate("Role", "Manager");
    case Role::Clerk: return QCoreApplication::translate("Role", "Clerk");
    case Role::Customer: return QCoreApplication::translate("Role", "Customer");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Manager, Role::Clerk, Role::Customer};
}

bool allows(Role role, Action action)
{
    switch (role) {
    case Role::Manager:
        return action != Action::BookOwn && action != Action::ViewOwnBookings;
    case Role::Clerk:
        return action == Action::ViewAllBookings || action == Action::ManageBookings
            || action == Action::BookForOthers || action == Action::RegisterCustomers
            || action == Action::TakePayment || action == Action::CancelAny;
    case Role::Customer:
        return action == Action::BookOwn || action == Action::ViewOwnBookings;
    }
    return false;
}

Result<void> check(Role role, Action action)
{
    if (allows(role, action))
        return {};
    return errors::forbidden(displayName(role));
}

} // namespace roles
