#include "domain/customer.h"

#include "domain/errors.h"
#include "domain/textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace customers {

QList<Error> problems(const CustomerDraft &draft)
{
    QList<Error> found;
    if (const auto name = textrules::check(QCoreApplication::translate("Customer", "Name"), draft.name,
                                           MaxNameLength, true);
        !name)
        found << name.error();
    static const QRegularExpression phonePattern(QStringLiteral(R"(^[0-9+\-() ]*$)"));
    if (draft.phone.size() > MaxPhoneLength || !phonePattern.match(draft.phone).hasMatch())
        found << errors::invalidPhone();
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!draft.email.isEmpty()
        && (draft.email.size() > MaxEmailLength || !emailPattern.match(draft.email).hasMatch()))
        found << errors::invalidEmail();
    return found;
}

Result<void> validate(const CustomerDraft &draft)
{
    const QList<Error> found = problems(draft);
    if (!found.isEmpty())
        return found.first();
    return {};
}

} // namespace customers
