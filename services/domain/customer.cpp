#include "domain/customer.h"

#include "domain/errors.h"
#include "domain/textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace customers {

Result<void> validate(const CustomerDraft &draft)
{
    RD_TRY(textrules::check(QCoreApplication::translate("Customer", "Name"), draft.name,
                            MaxNameLength, true));
    static const QRegularExpression phonePattern(QStringLiteral(R"(^[0-9+\-() ]*$)"));
    if (draft.phone.size() > MaxPhoneLength || !phonePattern.match(draft.phone).hasMatch())
        return errors::invalidPhone();
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!draft.email.isEmpty()
        && (draft.email.size() > MaxEmailLength || !emailPattern.match(draft.email).hasMatch()))
        return errors::invalidEmail();
    return {};
}

} // namespace customers
