#include "http/json/resourcejson.h"

#include "domain/profile.h"
#include "http/json/jsonfields.h"

#include <limits>

namespace resourcejson {
namespace {

const QList<ResourceStatus> AllStatuses{ResourceStatus::Active, ResourceStatus::Maintenance, ResourceStatus::Retired};
const QList<PricingUnit> AllUnits{PricingUnit::PerDay, PricingUnit::PerBooking, PricingUnit::PerSeat,
                                  PricingUnit::PerMonth};

} // namespace

QStringList statusKeys()
{
    QStringList keys;
    for (ResourceStatus status : AllStatuses)
        keys << resources::statusKey(status);
    return keys;
}

QStringList pricingUnitKeys()
{
    QStringList keys;
    for (PricingUnit unit : AllUnits)
        keys << resources::pricingUnitKey(unit);
    return keys;
}

QStringList profileKeys()
{
    QStringList keys;
    for (Profile profile : profiles::all())
        keys << profiles::key(profile);
    return keys;
}

QJsonObject toJson(const Resource &resource)
{
    const ResourceDraft &d = resource.data;
    return QJsonObject{{QStringLiteral("id"), jsonfields::id(resource.id)},
                       {QStringLiteral("profile"), profiles::key(d.profile)},
                       {QStringLiteral("name"), d.name},
                       {QStringLiteral("description"), d.description},
                       {QStringLiteral("attributes"), d.attributes},
                       {QStringLiteral("price"), jsonfields::money(d.price)},
                       {QStringLiteral("pricingUnit"), resources::pricingUnitKey(d.pricingUnit)},
                       {QStringLiteral("capacity"), d.capacity},
                       {QStringLiteral("status"), resources::statusKey(resource.status)},
                       {QStringLiteral("version"), resource.version},
                       {QStringLiteral("createdAt"), jsonfields::time(resource.createdAt)},
                       {QStringLiteral("updatedAt"), jsonfields::time(resource.updatedAt)}};
}

QJsonObject toJson(const Availability &availability)
{
    QJsonObject object{{QStringLiteral("resourceId"), jsonfields::id(availability.resourceId)},
                       {QStringLiteral("name"), availability.name},
                       {QStringLiteral("profile"), profiles::key(availability.profile)},
                       {QStringLiteral("capacity"), availability.capacity},
                       {QStringLiteral("free"), availability.free},
                       {QStringLiteral("price"), jsonfields::money(availability.price)},
                       {QStringLiteral("start"), jsonfields::time(availability.period.start)},
                       {QStringLiteral("end"), jsonfields::time(availability.period.end)}};
    if (!availability.hall.isEmpty())
        object.insert(QStringLiteral("hall"), availability.hall);
    return object;
}

Result<ResourceDraft> draftFromJson(const QJsonObject &object)
{
    using R = jsonfields::FieldReader;
    R in(object);
    ResourceDraft draft;
    const int profile = in.oneOf(QStringLiteral("profile"), profileKeys(), R::Required);
    if (profile >= 0)
        draft.profile = profiles::all().at(profile);
    const ProfileTraits &traits = profiles::traits(draft.profile);
    draft.name = in.text(QStringLiteral("name"), R::Required);
    draft.description = in.text(QStringLiteral("description"), R::Optional);
    draft.attributes = in.object(QStringLiteral("attributes"), R::Optional);
    draft.price = in.money(QStringLiteral("price"), R::Required);
    const int unit = in.oneOf(QStringLiteral("pricingUnit"), pricingUnitKeys(), R::Optional);
    draft.pricingUnit = unit >= 0 ? AllUnits.at(unit) : traits.defaultPricingUnit;
    const qint64 capacity = in.integer(QStringLiteral("capacity"), R::Optional, traits.defaultCapacity);
    if (capacity < std::numeric_limits<int>::min() || capacity > std::numeric_limits<int>::max())
        in.fail(QStringLiteral("capacity"), QStringLiteral("a 32-bit integer"));
    draft.capacity = int(capacity);
    if (!in.ok())
        return in.error();
    return draft;
}

} // namespace resourcejson
