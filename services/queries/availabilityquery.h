#pragma once

#include "domain/profile.h"
#include "domain/period.h"
#include "domain/resource.h"

#include <QSqlDatabase>

#include <optional>

class ResourceCatalogue;

// A resource that can take a booking for the asked period and quantity.
struct Availability final
{
    QUuid resourceId;
    QString name;
    Profile profile{};
    int capacity = 0;
    int free = 0;
    Money price; // what the asked booking would cost
};

namespace availabilityquery {

// Active resources (of `profile`, if given) with at least `quantity` units free during the
// whole of `period`, by name. One range scan of the index of occupying bookings, then a
// sweep per busy resource, over the catalogue of active resources.
Result<QList<Availability>> find(const QSqlDatabase &db, ResourceCatalogue &catalogue, const Period &period,
                                 qint64 quantity, std::optional<Profile> profile = std::nullopt);

} // namespace availabilityquery
