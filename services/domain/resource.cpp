#include "domain/resource.h"

#include "domain/errors.h"
#include "domain/profile.h"
#include "domain/textrules.h"

#include <QCoreApplication>

namespace resources {
Result<void> validate(const ResourceDraft &draft)
{
    RD_TRY(textrules::check(QCoreApplication::translate("Resource", "Name"), draft.name, MaxNameLength, true));
    RD_TRY(textrules::check(QCoreApplication::translate("Resource", "Description"), draft.description, MaxDescriptionLength, false));
    if (draft.price.minor < 0)
        return errors::invalidPrice();
    if (!Money::isValidCurrency(draft.price.currency))
        return errors::invalidCurrency();
    if (draft.capacity < 1 || draft.capacity > MaxCapacity)
        return errors::invalidCapacity(MaxCapacity);
    return {};
}

QString statusKey(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Active: return QStringLiteral("active");
    case ResourceStatus::Maintenance: return QStringLiteral("maintenance");
    case ResourceStatus::Retired: return QStringLiteral("retired");
    }
    return {};
}

QString statusName(ResourceStatus status)
{
    switch (status) {
    case ResourceStatus::Active: return QCoreApplication::translate("Resource", "active");
    case ResourceStatus::Maintenance: return QCoreApplication::translate("Resource", "in maintenance");
    case ResourceStatus::Retired: return QCoreApplication::translate("Resource", "retired");
    }
    return {};
}

QString pricingUnitKey(PricingUnit unit)
{
    switch (unit) {
    case PricingUnit::PerDay: return QStringLiteral("day");
    case PricingUnit::PerBooking: return QStringLiteral("booking");
    case PricingUnit::PerSeat: return QStringLiteral("seat");
    case PricingUnit::PerMonth: return QStringLiteral("month");
    }
    return {};
}

QString pricingUnitName(PricingUnit unit)
{
    switch (unit) {
    case PricingUnit::PerDay: return QCoreApplication::translate("Resource", "per day");
    case PricingUnit::PerBooking: return QCoreApplication::translate("Resource", "per booking");
    case PricingUnit::PerSeat: return QCoreApplication::translate("Resource", "per seat");
    case PricingUnit::PerMonth: return QCoreApplication::translate("Resource", "per month");
    }
    return {};
}

Result<Money> priceFor(const ResourceDraft &resource, qint64 quantity, qint64 days)
{
    constexpr qint64 DaysPerMonth = 30;
    switch (resource.pricingUnit) {
    case PricingUnit::PerBooking:
        return resource.price;
    case PricingUnit::PerSeat:
        return resource.price.times(quantity);
    case PricingUnit::PerDay: {
        auto perUnit = resource.price.times(days);
        return perUnit.ok() ? perUnit.value().times(quantity) : perUnit;
    }
    case PricingUnit::PerMonth: {
        auto perUnit = resource.price.times((days + DaysPerMonth - 1) / DaysPerMonth);
        return perUnit.ok() ? perUnit.value().times(quantity) : perUnit;
    }
    }
    return resource.price;
}

} // namespace resources
