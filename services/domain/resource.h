#pragma once

#include "domain/money.h"

#include <QJsonObject>
#include <QUuid>

enum class Profile;

enum class PricingUnit { PerDay = 0, PerBooking = 1, PerSeat = 2, PerMonth = 3 };
enum class ResourceStatus { Active = 0, Maintenance = 1, Retired = 2 };

// What a shop registers: the fields a manager edits. Validated before anything is stored.
struct ResourceDraft final
{
    Profile profile{};
    QString name;
    QString description;
    QJsonObject attributes; // plate number, hall, colour, …
    Money price;
    PricingUnit pricingUnit = PricingUnit::PerDay;
    int capacity = 1;
};

// Something a business rents or books out: a car, an exhibition session, an item, a taxi
// class with N available taxis, a product with stock.
struct Resource final
{
    QUuid id;
    ResourceDraft data;
    ResourceStatus status = ResourceStatus::Active;
    int version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

namespace resources {

constexpr int MaxCapacity = 1'000'000;
constexpr int MaxNameLength = 200;
constexpr int MaxDescriptionLength = 4000;

Result<void> validate(const ResourceDraft &draft);
QString statusKey(ResourceStatus status);
QString statusName(ResourceStatus status);
QString pricingUnitKey(PricingUnit unit);
QString pricingUnitName(PricingUnit unit);
// What a booking of `quantity` units over `days` costs, without overflow.
Result<Money> priceFor(const ResourceDraft &resource, qint64 quantity, qint64 days);

} // namespace resources
