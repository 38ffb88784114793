#include "queries/availabilityquery.h"

#include "domain/errors.h"
#include "domain/occupancy.h"
#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

#include <QHash>

namespace availabilityquery {
namespace {

Result<QHash<QString, QList<Occupancy>>> busyResources(const QSqlDatabase &db, const Period &period)
{
    auto longest = reservationrepository::maxReservationSeconds(db);
    if (!longest)
        return longest.error();
    SqlQuery q(db, QStringLiteral("SELECT resource_id, start_at, end_at, quantity FROM reservations "
                                  "INDEXED BY reservations_occupying "
                                  "WHERE status IN (0, 1, 2) AND start_at < ? AND start_at > ? AND end_at > ?"));
    q.bind(period.end).bind(period.start - longest.value() - 1).bind(period.start);
    RD_TRY(q.exec());
    QHash<QString, QList<Occupancy>> busy;
    while (q.next())
        busy[q.text(0)].append(Occupancy{q.integer(1), q.integer(2), int(q.integer(3))});
    return busy;
}

} // namespace

Result<QList<Availability>> find(const QSqlDatabase &db, const Period &period, qint64 quantity,
                                 std::optional<Profile> profile)
{
    if (quantity < 1 || quantity > resources::MaxCapacity)
        return errors::invalidQuantity(quantity);
    auto busy = busyResources(db, period);
    if (!busy)
        return busy.error();

    QString sql = QStringLiteral("SELECT id, name, profile, capacity, price, currency, pricing_unit "
                                 "FROM resources WHERE status = 0 AND capacity >= ?");
    if (profile)
        sql += QStringLiteral(" AND profile = ?");
    sql += QStringLiteral(" ORDER BY name, id");
    SqlQuery q(db, sql);
    q.bind(quantity);
    if (profile)
        q.bind(profiles::key(*profile));
    RD_TRY(q.exec());

    QList<Availability> list;
    while (q.next()) {
        const QString id = q.text(0);
        const int capacity = int(q.integer(3));
        const auto bookings = busy->constFind(id);
        const int free = bookings == busy->cend() ? capacity
                                                  : capacity - occupancy::peak(*bookings, period);
        if (free < quantity)
            continue;
        ResourceDraft priced;
        priced.price = Money{q.integer(4), q.text(5)};
        priced.pricingUnit = PricingUnit(q.integer(6));
        auto price = resources::priceFor(priced, quantity, period.days());
        if (!price)
            continue; // absurdly expensive: not offered
        list.append(Availability{q.uuid(0), q.text(1), profiles::fromKey(q.text(2)).value_or(Profile::Item),
                                 capacity, free, price.value()});
    }
    return list;
}

} // namespace availabilityquery
