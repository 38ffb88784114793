#include "queries/availabilityquery.h"

#include "domain/errors.h"
#include "domain/occupancy.h"
#include "queries/resourcecatalogue.h"
#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

#include <algorithm>
#include <vector>

namespace availabilityquery {
namespace {

using Catalogue = ResourceCatalogue::Snapshot;

// The bookings that occupy capacity during `period`, as (catalogue index, occupancy) sorted
// by index. SQLite hands them over as one text value instead of thousands of rows: with ten
// thousand overlapping bookings the driver's per-row cost was most of the search.
Result<std::vector<std::pair<int, Occupancy>>> busyResources(const QSqlDatabase &db, const Catalogue &catalogue,
                                                             const Period &period)
{
    auto longest = reservationrepository::maxReservationSeconds(db);
    if (!longest)
        return longest.error();
    SqlQuery q(db, QStringLiteral("SELECT group_concat(resource_id || ' ' || start_at || ' ' || end_at || ' ' || quantity, ' ') "
                                  "FROM reservations INDEXED BY reservations_occupying "
                                  "WHERE status IN (0, 1, 2) AND start_at < ? AND start_at > ? AND end_at > ?"));
    q.bind(period.end).bind(period.start - longest.value() - 1).bind(period.start);
    RD_TRY(q.exec());
    const QString text = q.next() ? q.text(0) : QString();

    std::vector<std::pair<int, Occupancy>> busy;
    int field = 0;
    int index = -1;
    Occupancy occupied;
    for (QStringView token : QStringView(text).tokenize(u' ', Qt::SkipEmptyParts)) {
        switch (field++ % 4) {
        case 0: index = catalogue.byId.value(token, -1); break; // -1: not bookable now
        case 1: occupied.start = token.toLongLong(); break;
        case 2: occupied.end = token.toLongLong(); break;
        case 3:
            occupied.quantity = token.toInt();
            if (index >= 0)
                busy.emplace_back(index, occupied);
            break;
        }
    }
    std::sort(busy.begin(), busy.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return busy;
}

} // namespace

Result<QList<Availability>> find(const QSqlDatabase &db, ResourceCatalogue &catalogue, const Period &period,
                                 qint64 quantity, std::optional<Profile> profile)
{
    if (quantity < 1 || quantity > resources::MaxCapacity)
        return errors::invalidQuantity(quantity);
    auto active = catalogue.activeResources(db);
    if (!active)
        return active.error();
    const Catalogue &bookable = *active.value();
    auto busy = busyResources(db, bookable, period);
    if (!busy)
        return busy.error();

    QList<Availability> list;
    auto nextBusy = busy->cbegin();
    QList<Occupancy> bookings;
    for (int i = 0; i < bookable.entries.size(); ++i) {
        bookings.clear();
        for (; nextBusy != busy->cend() && nextBusy->first == i; ++nextBusy)
            bookings.append(nextBusy->second);
        const ResourceCatalogue::Entry &resource = bookable.entries.at(i);
        if (resource.capacity < quantity || (profile && resource.profile != *profile))
            continue;
        const int free = resource.capacity - occupancy::peak(bookings, period);
        if (free < quantity)
            continue;
        auto price = resources::priceFor(resource.pricing, quantity, period.days());
        if (!price)
            continue; // absurdly expensive: not offered
        list.append(Availability{resource.id, resource.name, resource.profile, resource.capacity, free, price.value()});
    }
    return list;
}

} // namespace availabilityquery
