#include "floorrows.h"

#include "commands/reservationevents.h"
#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "domain/profile.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace floorrows {
namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr int Customers = 100; // as SyncBench's counter books for

FloorBooking::Id inlineId(const QUuid &id)
{
    const QByteArray text = ids::toText(id).toUtf8();
    FloorBooking::Id inlined;
    std::copy_n(text.constData(), inlined.size(), inlined.begin());
    return inlined;
}

// One copy of each distinct short text (currency, device, status names…), shared by every
// row that has it.
class SharedTexts final
{
public:
    QByteArray operator()(const QString &text)
    {
        auto known = m_texts.constFind(text);
        if (known == m_texts.constEnd())
            known = m_texts.insert(text, text.toUtf8());
        return known.value();
    }

private:
    QHash<QString, QByteArray> m_texts;
};

FloorBooking floorBooking(const Reservation &r, SharedTexts &shared)
{
    return FloorBooking{inlineId(r.id),          inlineId(r.resourceId), inlineId(r.customerId),
                        r.quantity,              r.period.start,         r.period.end,
                        r.amount.minor,          shared(r.amount.currency), qint64(r.status),
                        qint64(r.paymentStatus), r.holdExpiresAt,        shared(r.originDevice),
                        r.version,               r.createdAt,            r.updatedAt};
}

FloorEvent floorEvent(const Reservation &r, const Resource &resource, SharedTexts &shared)
{
    const DomainEvent event = reservationevents::held(r, resource);
    return FloorEvent{inlineId(ids::newId()),
                      shared(event.type),
                      QJsonDocument(event.payload).toJson(QJsonDocument::Compact),
                      shared(resource.data.name),
                      shared(profiles::key(resource.data.profile)),
                      shared(lifecycle::key(r.status)),
                      shared(lifecycle::key(r.paymentStatus))};
}

} // namespace

Result<QList<FloorBooking>> stored(const QSqlDatabase &db)
{
    SqlQuery select(db, QStringLiteral("SELECT id FROM reservations ORDER BY rowid"));
    auto keys = select.collect([](const SqlQuery &q) { return q.uuid(0); });
    if (!keys)
        return keys.error();
    QList<FloorBooking> bookings;
    bookings.reserve(keys->size());
    SharedTexts shared;
    constexpr int Chunk = 500;
    for (qsizetype from = 0; from < keys->size(); from += Chunk) {
        auto found = reservationrepository::findMany(db, keys->mid(from, Chunk));
        if (!found)
            return found.error();
        for (const Reservation &r : std::as_const(found.value()))
            bookings.append(floorBooking(r, shared));
    }
    return bookings;
}

Result<FloorRows> offline(const QSqlDatabase &db, int count)
{
    SqlQuery cars(db, QStringLiteral("SELECT id FROM resources WHERE status = 0 ORDER BY id"));
    auto resourceIds = cars.collect([](const SqlQuery &q) { return q.uuid(0); });
    SqlQuery people(db, QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT %1").arg(Customers));
    auto customers = people.collect([](const SqlQuery &q) { return q.uuid(0); });
    if (!resourceIds || !customers || resourceIds->isEmpty() || customers->isEmpty())
        return Error{QStringLiteral("setup"), QStringLiteral("the database has no resources or customers")};
    QList<Resource> resources;
    for (const QUuid &id : std::as_const(resourceIds.value())) {
        auto found = resourcerepository::find(db, id);
        if (!found || !found.value())
            return Error{QStringLiteral("setup"), QStringLiteral("a resource vanished")};
        resources.append(*found.value());
    }
    const qint64 firstDay = (QDateTime::currentSecsSinceEpoch() / Day + 400) * Day;
    FloorRows rows;
    SharedTexts shared;
    rows.bookings.reserve(count);
    rows.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Resource &resource = resources.at(i % resources.size());
        const qint64 round = i / resources.size();
        Reservation r;
        r.id = ids::newId();
        r.resourceId = resource.id;
        r.customerId = customers->at(i % customers->size());
        r.period = Period{firstDay + round * 2 * Day, firstDay + (round * 2 + 1) * Day};
        r.amount = Money{55'000, QStringLiteral("KRW")};
        r.originDevice = QStringLiteral("bench-counter");
        r.createdAt = r.updatedAt = firstDay - 400 * Day;
        rows.bookings.append(floorBooking(r, shared));
        rows.events.append(floorEvent(r, resource, shared));
    }
    return rows;
}

} // namespace floorrows
