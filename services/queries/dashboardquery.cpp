#include "queries/dashboardquery.h"

#include "domain/errors.h"
#include "domain/payment.h"
#include "storage/reservationrepository.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>

namespace dashboardquery {
namespace {

// Every zone's midnight falls on a quarter hour, so payments summed per quarter hour in SQL
// still land on the right local day (a few thousand groups instead of every payment).
constexpr qint64 QuarterHour = 15 * 60;

// Bookings as "resource_id start end quantity …" in one value: SQLite hands over tens of
// thousands of them faster this way than row by row (see availabilityquery.cpp).
QString bookingWords(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT ")
           + sqldialect::joinedBySpaces(db, QStringLiteral("resource_id || ' ' || start_at || ' ' || end_at || ' ' || quantity"))
           + QStringLiteral(" FROM reservations");
}

QString occupyingSql(const QSqlDatabase &db)
{
    return bookingWords(db) + sqldialect::indexedBy(db, "reservations_occupying")
           + QStringLiteral("WHERE status IN (0, 1, 2) AND start_at < ? AND start_at > ? AND end_at > ?");
}

// Completed bookings are not in the partial index: seek each counted resource's start_at
// range instead of scanning the whole history. Counted: the active resources and those
// retired after `rangeStart` (a whole number, written into the statement).
QString completedSql(const QSqlDatabase &db, qint64 rangeStart)
{
    return bookingWords(db) + sqldialect::indexedBy(db, "reservations_by_resource")
           + QStringLiteral("WHERE resource_id IN (SELECT id FROM resources WHERE status <> 2 OR updated_at > %1) "
                            "AND start_at < ? AND start_at > ? AND end_at > ? AND status = 3")
                 .arg(rangeStart);
}

struct Scene
{
    QList<ResourceUtilisation> resources;
    // When each resource stopped counting as capacity: its retirement (the last change to a
    // retired resource); Period::Latest for the active ones.
    QList<qint64> capacityUntil;
    QHash<QByteArray, int> byStoredId;
    QList<qint64> bounds;
    QList<DayFigures> days;

    // The day that contains `instant` (which is inside the range).
    qsizetype dayOf(qint64 instant) const
    {
        return std::upper_bound(bounds.cbegin(), bounds.cend(), instant) - bounds.cbegin() - 1;
    }

    void addBooking(int resource, qint64 start, qint64 end, qint64 quantity)
    {
        const qint64 from = std::max(start, bounds.constFirst());
        const qint64 to = std::min(end, bounds.constLast());
        if (from >= to)
            return;
        resources[resource].bookedUnitSeconds += quantity * (to - from);
        for (qsizetype d = dayOf(from); d < days.size() && bounds.at(d) < to; ++d)
            days[d].bookedUnitSeconds += quantity * (std::min(to, bounds.at(d + 1)) - std::max(from, bounds.at(d)));
    }
};

bool nextWord(const char *&cursor, const char *end, QByteArrayView &word)
{
    while (cursor < end && *cursor == ' ')
        ++cursor;
    const char *start = cursor;
    while (cursor < end && *cursor != ' ')
        ++cursor;
    word = QByteArrayView(start, cursor - start);
    return !word.isEmpty();
}

qint64 number(QByteArrayView word)
{
    qint64 value = 0;
    std::from_chars(word.data(), word.data() + word.size(), value);
    return value;
}

Result<void> validate(const DashboardRequest &request)
{
    const QList<qint64> &bounds = request.dayBounds;
    if (bounds.size() < 2 || bounds.size() > Period::MaxDays + 1 || bounds.constFirst() < 0
        || bounds.constLast() > Period::Latest)
        return errors::invalidPeriod();
    for (qsizetype i = 1; i < bounds.size(); ++i)
        if (bounds.at(i) <= bounds.at(i - 1))
            return errors::invalidPeriod();
    if (!Money::isValidCurrency(request.currency))
        return errors::invalidCurrency();
    return {};
}

Result<void> loadResources(const QSqlDatabase &db, Scene &scene)
{
    // Retired resources too: their past bookings and capacity stay in the history; only the
    // time after their retirement has no capacity of theirs.
    SqlQuery q(db, QStringLiteral("SELECT id, name, profile, capacity, CASE WHEN status = 2 THEN updated_at END, "
                                  "CASE WHEN profile = 'exhibition' THEN attributes END "
                                  "FROM resources ORDER BY name, id"));
    RD_TRY(q.exec());
    const qint64 start = scene.bounds.constFirst();
    while (q.next()) {
        const qint64 until = q.value(4).isNull() ? Period::Latest : q.integer(4);
        if (until <= start)
            continue; // retired before the range: not part of it at all
        const QString storedId = q.text(0);
        scene.byStoredId.insert(storedId.toLatin1(), int(scene.resources.size()));
        scene.resources.append(ResourceUtilisation{QUuid::fromString(storedId), q.text(1),
                                                   profiles::fromKey(q.text(2)).value_or(Profile::Item),
                                                   int(q.integer(3)), 0, 0,
                                                   QJsonDocument::fromJson(q.text(5).toUtf8()).object()});
        scene.capacityUntil.append(until);
    }
    return {};
}

Result<void> scanBookings(const QSqlDatabase &db, const QString &sql, qint64 longest, Scene &scene)
{
    const qint64 start = scene.bounds.constFirst();
    SqlQuery q(db, sql);
    q.bind(scene.bounds.constLast()).bind(start - longest - 1).bind(start);
    RD_TRY(q.exec());
    const QByteArray text = q.next() ? q.value(0).toByteArray() : QByteArray();
    const char *cursor = text.constData();
    const char *end = cursor + text.size();
    QByteArrayView id, from, to, quantity;
    while (nextWord(cursor, end, id) && nextWord(cursor, end, from) && nextWord(cursor, end, to)
           && nextWord(cursor, end, quantity)) {
        const int resource = scene.byStoredId.value(QByteArray::fromRawData(id.data(), id.size()), -1);
        if (resource >= 0) // -1: a retired resource
            scene.addBooking(resource, number(from), number(to), number(quantity));
    }
    return {};
}

Result<void> addRevenue(const QSqlDatabase &db, const QString &currency, Scene &scene)
{
    const bool quarterHours = std::all_of(scene.bounds.cbegin(), scene.bounds.cend(),
                                          [](qint64 bound) { return bound % QuarterHour == 0; });
    const qint64 bucket = quarterHours ? QuarterHour : 1;
    SqlQuery q(db, QStringLiteral("SELECT created_at / ?, SUM(amount), SUM(CASE WHEN status = ? THEN amount ELSE 0 END) "
                                  "FROM payments WHERE created_at >= ? AND created_at < ? AND currency = ? "
                                  "AND status IN (?, ?) GROUP BY 1"));
    q.bind(bucket)
        .bind(int(PaymentRecordStatus::Refunded))
        .bind(scene.bounds.constFirst())
        .bind(scene.bounds.constLast())
        .bind(currency)
        .bind(int(PaymentRecordStatus::Approved))
        .bind(int(PaymentRecordStatus::Refunded));
    RD_TRY(q.exec());
    while (q.next()) {
        DayFigures &day = scene.days[scene.dayOf(q.integer(0) * bucket)];
        day.received += q.integer(1);
        day.refunded += q.integer(2);
    }
    return {};
}

Result<void> addOpenBookings(const QSqlDatabase &db, const QString &currency, DashboardFigures &figures)
{
    // Covered by the partial index reservations_hold_expiry (status = 0).
    SqlQuery holds(db, QStringLiteral("SELECT COUNT(*) FROM reservations WHERE status = 0"));
    RD_TRY(holds.exec());
    figures.openHolds = holds.next() ? int(holds.integer(0)) : 0;

    SqlQuery pending(db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM reservations")
                             + sqldialect::indexedBy(db, "reservations_occupying")
                             + QStringLiteral("WHERE status IN (0, 1, 2) "
                                              "AND start_at < ? AND payment_status IN (?, ?) AND currency = ?"));
    pending.bind(figures.range.end)
        .bind(int(PaymentStatus::Unpaid))
        .bind(int(PaymentStatus::Deferred))
        .bind(currency);
    RD_TRY(pending.exec());
    const bool found = pending.next();
    figures.pendingPayments = found ? int(pending.integer(0)) : 0;
    figures.pendingAmount = Money{found ? pending.integer(1) : 0, currency};
    return {};
}

} // namespace

Result<DashboardFigures> compute(const QSqlDatabase &db, const DashboardRequest &request)
{
    RD_TRY(validate(request));
    Scene scene;
    scene.bounds = request.dayBounds;
    for (qsizetype i = 0; i + 1 < scene.bounds.size(); ++i)
        scene.days.append(DayFigures{Period{scene.bounds.at(i), scene.bounds.at(i + 1)}, 0, 0, 0, 0, 0});
    RD_TRY(loadResources(db, scene));
    auto longest = reservationrepository::maxReservationSeconds(db);
    if (!longest)
        return longest.error();
    RD_TRY(scanBookings(db, occupyingSql(db), longest.value(), scene));
    RD_TRY(scanBookings(db, completedSql(db, scene.bounds.constFirst()), longest.value(), scene));
    RD_TRY(addRevenue(db, request.currency, scene));

    DashboardFigures figures;
    figures.range = Period{scene.bounds.constFirst(), scene.bounds.constLast()};
    figures.currency = request.currency;
    figures.resourceCount = int(scene.resources.size());
    // Unit-seconds of resource `r`'s capacity in [from, to): none after its retirement.
    const auto capacityOf = [&scene](qsizetype r, qint64 from, qint64 to) {
        return scene.resources.at(r).capacity * std::max<qint64>(0, std::min(to, scene.capacityUntil.at(r)) - from);
    };
    qint64 capacity = 0;
    qint64 booked = 0;
    for (qsizetype i = 0; i < scene.resources.size(); ++i) {
        ResourceUtilisation &r = scene.resources[i];
        const qint64 own = capacityOf(i, figures.range.start, figures.range.end);
        capacity += own;
        booked += r.bookedUnitSeconds;
        r.utilisation = own > 0 ? double(r.bookedUnitSeconds) / double(own) : 0;
    }
    for (DayFigures &day : scene.days) {
        for (qsizetype i = 0; i < scene.resources.size(); ++i)
            day.capacityUnitSeconds += capacityOf(i, day.day.start, day.day.end);
        day.utilisation = day.capacityUnitSeconds > 0 ? double(day.bookedUnitSeconds) / double(day.capacityUnitSeconds) : 0;
        figures.revenue += day.revenue();
    }
    figures.days = scene.days;
    figures.utilisation = capacity > 0 ? double(booked) / double(capacity) : 0;

    const auto mostUsed = [](const ResourceUtilisation &a, const ResourceUtilisation &b) {
        return a.utilisation != b.utilisation ? a.utilisation > b.utilisation : a.name < b.name;
    };
    const qsizetype top = std::clamp<qsizetype>(request.topResources, 0, scene.resources.size());
    std::partial_sort(scene.resources.begin(), scene.resources.begin() + top, scene.resources.end(), mostUsed);
    figures.topResources = scene.resources.first(top);

    RD_TRY(addOpenBookings(db, request.currency, figures));
    return figures;
}

QList<qint64> dayBounds(QDate first, int days, const QTimeZone &zone)
{
    QList<qint64> bounds;
    for (int i = 0; i <= days; ++i)
        bounds.append(first.addDays(i).startOfDay(zone).toSecsSinceEpoch());
    return bounds;
}

} // namespace dashboardquery
