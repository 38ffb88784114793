#include "http/json/customerjson.h"

#include "http/json/jsonfields.h"

namespace customerjson {

QJsonObject toJson(const Customer &customer)
{
    return QJsonObject{{QStringLiteral("id"), jsonfields::id(customer.id)},
                       {QStringLiteral("name"), customer.data.name},
                       {QStringLiteral("phone"), customer.data.phone},
                       {QStringLiteral("email"), customer.data.email},
                       {QStringLiteral("createdAt"), jsonfields::time(customer.createdAt)}};
}

Result<CustomerDraft> draftFromJson(const QJsonObject &object)
{
    using R = jsonfields::FieldReader;
    R in(object);
    CustomerDraft draft{in.text(QStringLiteral("name"), R::Required), in.text(QStringLiteral("phone"), R::Optional),
                        in.text(QStringLiteral("email"), R::Optional)};
    if (!in.ok())
        return in.error();
    return draft;
}

} // namespace customerjson
