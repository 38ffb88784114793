#include "sync/pulledpage.h"

#include "domain/ids.h"
#include "storage/inlists.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "sync/outbox.h"

#include <cmath>

namespace pulledpage {

std::optional<Seen> seenOf(const std::optional<Reservation> &r)
{
    return r ? std::optional(Seen{r->status, r->paymentStatus}) : std::nullopt;
}

QUuid idOf(const QJsonObject &row)
{
    return ids::fromText(row.value(QLatin1StringView("id")).toString());
}

std::optional<Reservation> asStored(const QUuid &id, const QJsonObject &row)
{
    bool complete = true;
    const auto text = [&](const char *key) {
        const QJsonValue value = row.value(QLatin1StringView(key));
        complete = complete && value.isString();
        return value.toString();
    };
    const auto integer = [&](const char *key) -> qint64 {
        const QJsonValue value = row.value(QLatin1StringView(key));
        const double number = value.toDouble();
        // rowstore stores a whole number as an integer; anything else is left to the read.
        if (!value.isDouble() || !(std::abs(number) < 9.0e18) || double(qint64(number)) != number) {
            complete = false;
            return 0;
        }
        return qint64(number);
    };
    Reservation r;
    const QString storedId = text("id");
    r.id = id;
    r.resourceId = ids::fromText(text("resource_id"));
    r.customerId = ids::fromText(text("customer_id"));
    r.quantity = int(integer("quantity"));
    r.period = Period{integer("start_at"), integer("end_at")};
    r.amount = Money{integer("amount"), text("currency")};
    r.status = ReservationStatus(integer("status"));
    r.paymentStatus = PaymentStatus(integer("payment_status"));
    r.holdExpiresAt = integer("hold_expires_at");
    r.originDevice = text("origin_device");
    r.version = int(integer("version"));
    r.createdAt = integer("created_at");
    r.updatedAt = integer("updated_at");
    // A server older than booking details sends none.
    r.details = reservationrepository::detailsFromText(row.value(QLatin1StringView("details")).toString());
    // Another spelling of the id is another row: find(id) would not see it.
    if (!complete || storedId != ids::toText(id))
        return std::nullopt;
    return r;
}

Result<void> State::readFor(const changelog::Page &page)
{
    QSet<QUuid> candidates;
    for (const changelog::Change &change : page.changes) {
        if (!change.row.isEmpty() && !changelog::tableOf(change.entity).isEmpty())
            candidates.insert(change.id);
    }
    for (const QList<QUuid> &list : inlists::of(candidates)) {
        auto waiting = outbox::waitingAmong(m_db, list);
        if (!waiting)
            return waiting.error();
        m_waiting.unite(waiting.value());
    }
    QSet<QUuid> bookings;
    QSet<QUuid> resources;
    for (const changelog::Change &change : page.changes) {
        if (change.entity != QLatin1String("reservation") || change.row.isEmpty() || waits(change.id))
            continue;
        bookings.insert(change.id);
        const QUuid resourceId = ids::fromText(change.row.value(QLatin1StringView("resource_id")).toString());
        if (!resourceId.isNull())
            resources.insert(resourceId);
    }
    for (const QUuid &id : std::as_const(bookings))
        m_seen.insert(id, std::nullopt);
    for (const QList<QUuid> &list : inlists::of(bookings)) {
        auto stored = reservationrepository::findMany(m_db, list);
        if (!stored)
            return stored.error();
        for (const Reservation &r : stored.value())
            m_seen.insert(r.id, seenOf(r));
    }
    for (const QUuid &id : std::as_const(resources))
        m_resources.insert(id, std::nullopt);
    for (const QList<QUuid> &list : inlists::of(resources)) {
        auto stored = resourcerepository::findMany(m_db, list);
        if (!stored)
            return stored.error();
        for (const Resource &r : stored.value())
            m_resources.insert(r.id, r);
    }
    return {};
}

Result<std::optional<Seen>> State::seen(const QUuid &id)
{
    auto known = m_seen.constFind(id);
    if (known != m_seen.constEnd())
        return *known;
    auto stored = reservationrepository::find(m_db, id);
    if (!stored)
        return stored.error();
    return seenOf(stored.value());
}

Result<std::optional<Resource>> State::resource(const QUuid &id)
{
    auto known = m_resources.constFind(id);
    if (known != m_resources.constEnd())
        return *known;
    auto stored = resourcerepository::find(m_db, id);
    if (stored)
        m_resources.insert(id, stored.value());
    return stored;
}

} // namespace pulledpage
