#include "queries/availabilityquery.h"

#include "domain/errors.h"
#include "domain/occupancy.h"
#include "queries/resourcecatalogue.h"
#include "storage/reservationrepository.h"
#include "storage/sqldialect.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlquery.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <span>
#include <vector>

namespace availabilityquery {
namespace {

using Catalogue = ResourceCatalogue::Snapshot;

using Busy = std::vector<std::pair<int, Occupancy>>; // (catalogue index, occupancy)

// The bookings that can overlap `period`: those starting before its end and after its start
// less the longest booking ever stored, and still ending after its start. A range of the
// partial index of occupying bookings.
const char OccupyingSince[] = "WHERE status IN (0, 1, 2) AND start_at < ? AND start_at > ? AND end_at > ?";

void note(Busy &busy, const Catalogue &catalogue, QByteArrayView resourceId, const Occupancy &occupancy)
{
    const auto key = StoredIdKey::from(resourceId);
    const int index = key ? catalogue.byId.value(*key, -1) : -1;
    if (index >= 0) // -1: not bookable now
        busy.emplace_back(index, occupancy);
}

// SQLite: the rows are read through SQLite's own API, which costs a fraction of the driver's
// QVariant per value (or of building one long string in SQL, which allocates per booking).
Result<void> scanSqlite(const QSqlDatabase &db, const Catalogue &catalogue, const Period &period, qint64 after,
                        Busy &busy)
{
    auto prepared = SqliteStatement::prepare(
        db, QByteArray("SELECT resource_id, start_at, end_at, quantity FROM reservations "
                       "INDEXED BY reservations_occupying ")
                .append(OccupyingSince));
    if (!prepared)
        return prepared.error();
    SqliteStatement &scan = prepared.value();
    scan.bind(1, period.end);
    scan.bind(2, after);
    scan.bind(3, period.start);
    for (;;) {
        const Result<bool> row = scan.next();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        note(busy, catalogue, scan.text(0), Occupancy{scan.integer(1), scan.integer(2), int(scan.integer(3))});
    }
}

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

// PostgreSQL: the database hands the rows over as one value instead of thousands of rows;
// with ten thousand overlapping bookings the driver's per-row cost was most of the search.
Result<void> scanAggregated(const QSqlDatabase &db, const Catalogue &catalogue, const Period &period, qint64 after,
                            Busy &busy)
{
    SqlQuery q(db, QStringLiteral("SELECT ")
                       + sqldialect::joinedBySpaces(
                           db, QStringLiteral("resource_id || ' ' || start_at || ' ' || end_at || ' ' || quantity"))
                       + QStringLiteral(" FROM reservations ") + QLatin1StringView(OccupyingSince));
    q.bind(period.end).bind(after).bind(period.start);
    RD_TRY(q.exec());
    const QByteArray text = q.next() ? q.value(0).toByteArray() : QByteArray();
    Words words(text);
    QByteArrayView id, start, end, quantity;
    while (words.next(id) && words.next(start) && words.next(end) && words.next(quantity))
        note(busy, catalogue, id, Occupancy{number(start), number(end), int(number(quantity))});
    return {};
}

// The bookings that occupy capacity during a period, grouped by resource: those of catalogue
// entry i are bookings[firsts[i], firsts[i + 1]).
struct BusyResources
{
    std::vector<int> firsts;
    std::vector<Occupancy> bookings;

    std::span<const Occupancy> of(int entry) const
    {
        return {bookings.data() + firsts[size_t(entry)], bookings.data() + firsts[size_t(entry) + 1]};
    }
};

// A counting sort by catalogue index: linear, where sorting ten thousand bookings by
// comparison cost more than the rest of the search.
BusyResources grouped(const Busy &rows, qsizetype entries)
{
    BusyResources busy;
    busy.firsts.assign(size_t(entries) + 1, 0);
    for (const auto &row : rows)
        ++busy.firsts[size_t(row.first) + 1];
    std::partial_sum(busy.firsts.begin(), busy.firsts.end(), busy.firsts.begin());
    std::vector<int> next(busy.firsts.begin(), busy.firsts.end() - 1);
    busy.bookings.resize(rows.size());
    for (const auto &row : rows)
        busy.bookings[size_t(next[size_t(row.first)]++)] = row.second;
    return busy;
}

Result<BusyResources> busyResources(const QSqlDatabase &db, const Catalogue &catalogue, const Period &period)
{
    auto longest = reservationrepository::maxReservationSeconds(db);
    if (!longest)
        return longest.error();
    const qint64 after = period.start - longest.value() - 1;
    Busy rows;
    RD_TRY(sqldialect::isPostgreSql(db) ? scanAggregated(db, catalogue, period, after, rows)
                                        : scanSqlite(db, catalogue, period, after, rows));
    return grouped(rows, catalogue.entries.size());
}

// One exhibition's sessions (a run of one name: the catalogue is by name) in the order they
// take place.
void inOrderOfTime(QList<Availability> &list)
{
    for (auto first = list.begin(); first != list.end();) {
        const auto last = std::find_if(first, list.end(), [first](const Availability &a) { return a.name != first->name; });
        std::stable_sort(first, last, [](const Availability &a, const Availability &b) { return a.period.start < b.period.start; });
        first = last;
    }
}

} // namespace

Result<QList<Availability>> find(const QSqlDatabase &db, ResourceCatalogue &catalogue, const Period &period,
                                 qint64 quantity, qint64 nowSecs, std::optional<Profile> profile)
{
    if (quantity < 1 || quantity > resources::MaxCapacity)
        return errors::invalidQuantity(quantity);
    auto active = catalogue.activeResources(db);
    if (!active)
        return active.error();
    const Catalogue &bookable = *active.value();
    // A session starting near the period's end runs on past it: scan that far.
    auto busy = busyResources(db, bookable, Period{period.start, period.end + bookable.longestSlot});
    if (!busy)
        return busy.error();

    QList<Availability> list;
    for (int i = 0; i < bookable.entries.size(); ++i) {
        const ResourceCatalogue::Entry &resource = bookable.entries.at(i);
        if (resource.capacity < quantity || (profile && resource.profile != *profile))
            continue;
        Period booked = period;
        if (resource.profile == Profile::Exhibition) {
            if (!resource.slot || resource.slot->start < period.start || resource.slot->start >= period.end
                || resource.slot->start <= nowSecs)
                continue; // another day's session, or one already begun
            booked = *resource.slot;
        }
        const int free = resource.capacity - occupancy::peak(busy->of(i), booked);
        if (free < quantity)
            continue;
        auto price = resources::priceFor(resource.pricing, quantity, booked.days());
        if (!price)
            continue; // absurdly expensive: not offered
        list.append(Availability{resource.id, resource.name, resource.profile, resource.capacity, free,
                                 price.value(), booked, resource.hall});
    }
    if (bookable.longestSlot > 0)
        inOrderOfTime(list);
    return list;
}

} // namespace availabilityquery
