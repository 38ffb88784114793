#include "queries/availabilityquery.h"

#include "domain/errors.h"
#include "domain/occupancy.h"
#include "queries/resourcecatalogue.h"
#include "storage/reservationrepository.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace availabilityquery {
namespace {

using Catalogue = ResourceCatalogue::Snapshot;

// Splits "id start end quantity id start end quantity …" into its words.
class Words
{
public:
    explicit Words(const QByteArray &text) : m_next(text.constData()), m_end(text.constData() + text.size()) {}

    bool next(QByteArrayView &word)
    {
        while (m_next < m_end && *m_next == ' ')
            ++m_next;
        const char *start = m_next;
        while (m_next < m_end && *m_next != ' ')
            ++m_next;
        word = QByteArrayView(start, m_next - start);
        return !word.isEmpty();
    }

private:
    const char *m_next;
    const char *m_end;
};

qint64 number(QByteArrayView word)
{
    qint64 value = 0;
    std::from_chars(word.data(), word.data() + word.size(), value);
    return value;
}

// The bookings that occupy capacity during `period`, as (catalogue index, occupancy) sorted
// by index. The database hands them over as one value instead of thousands of rows: with
// ten thousand overlapping bookings the driver's per-row cost was most of the search (and on
// SQLite a blob skips the conversion to UTF-16 a text value would get).
Result<std::vector<std::pair<int, Occupancy>>> busyResources(const QSqlDatabase &db, const Catalogue &catalogue,
                                                             const Period &period)
{
    auto longest = reservationrepository::maxReservationSeconds(db);
    if (!longest)
        return longest.error();
    SqlQuery q(db, QStringLiteral("SELECT ")
                       + sqldialect::joinedBySpaces(
                           db, QStringLiteral("resource_id || ' ' || start_at || ' ' || end_at || ' ' || quantity"))
                       + QStringLiteral(" FROM reservations") + sqldialect::indexedBy(db, "reservations_occupying")
                       + QStringLiteral("WHERE status IN (0, 1, 2) AND start_at < ? AND start_at > ? AND end_at > ?"));
    q.bind(period.end).bind(period.start - longest.value() - 1).bind(period.start);
    RD_TRY(q.exec());
    const QByteArray text = q.next() ? q.value(0).toByteArray() : QByteArray();

    std::vector<std::pair<int, Occupancy>> busy;
    Words words(text);
    QByteArrayView id, start, end, quantity;
    while (words.next(id) && words.next(start) && words.next(end) && words.next(quantity)) {
        // fromRawData: a key that borrows the bytes, no copy per booking.
        const int index = catalogue.byId.value(QByteArray::fromRawData(id.data(), id.size()), -1);
        if (index >= 0) // -1: not bookable now
            busy.emplace_back(index, Occupancy{number(start), number(end), int(number(quantity))});
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
