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
    // What to book: the asked period, or an exhibition session's own slot.
    Period period{};
    QString hall{}; // a session's hall, which tells repeated sessions apart
};

namespace availabilityquery {

// Active resources (of `profile`, if given) with at least `quantity` units free during the
// whole of `period`, by name. An exhibition session is offered for its own slot instead,
// when that starts within `period` and after `nowSecs`. One range scan of the index of
// occupying bookings, then a sweep per busy resource, over the catalogue of active resources.
Result<QList<Availability>> find(const QSqlDatabase &db, ResourceCatalogue &catalogue, const Period &period,
                                 qint64 quantity, qint64 nowSecs, std::optional<Profile> profile = std::nullopt);

} // namespace availabilityquery
