#include "http/routes/availabilityroutes.h"

#include "domain/errors.h"
#include "domain/profile.h"
#include "http/json/jsonfields.h"
#include "http/json/resourcejson.h"
#include "http/routes/routesupport.h"

#include <QCoreApplication>

using namespace routesupport;

namespace availabilityroutes {
namespace {

QFuture<ApiResponse> find(Backend &backend, const ApiRequest &request)
{
    auto start = queryTime(request.query, QStringLiteral("start"));
    if (!start)
        return fail(start.error());
    auto end = queryTime(request.query, QStringLiteral("end"));
    if (!end)
        return fail(end.error());
    const QString timeExpected = QCoreApplication::translate("Errors", "an ISO-8601 time with an offset, such as 2027-01-15T08:00:00Z");
    if (!start.value())
        return fail(jsonfields::invalidField(QStringLiteral("start"), timeExpected));
    if (!end.value())
        return fail(jsonfields::invalidField(QStringLiteral("end"), timeExpected));
    auto quantity = queryInteger(request.query, QStringLiteral("quantity"));
    if (!quantity)
        return fail(quantity.error());
    auto profile = queryKey(request.query, QStringLiteral("profile"), resourcejson::profileKeys());
    if (!profile)
        return fail(profile.error());
    const qint64 units = quantity.value().value_or(1);
    if (units < 1)
        return fail(errors::invalidQuantity(units));
    auto period = Period::make(*start.value(), *end.value());
    if (!period)
        return fail(period.error());
    std::optional<Profile> only;
    if (profile.value())
        only = profiles::all().at(*profile.value());
    auto found = session(backend, request).availability(period.value(), units, only);
    return answer(found, 200, [](const QList<Availability> &list) {
        return QJsonObject{{QStringLiteral("items"),
                            array(list, [](const Availability &a) { return resourcejson::toJson(a); })}};
    });
}

} // namespace

void add(ApiRouter &router, Backend &backend)
{
    Backend *b = &backend;
    router.add("GET", Prefix + QStringLiteral("/availability"), ApiRouter::Access::SignedIn,
               [b](const ApiRequest &r) { return find(*b, r); });
}

} // namespace availabilityroutes
