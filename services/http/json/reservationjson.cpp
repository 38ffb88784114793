#include "http/json/reservationjson.h"

#include "domain/lifecycle.h"
#include "domain/profile.h"
#include "http/json/jsonfields.h"

#include <QJsonArray>

namespace reservationjson {

QStringList statusKeys()
{
    QStringList keys;
    for (ReservationStatus status : lifecycle::allStatuses())
        keys << lifecycle::key(status);
    return keys;
}

std::optional<ReservationStatus> statusFromKey(const QString &key)
{
    for (ReservationStatus status : lifecycle::allStatuses()) {
        if (lifecycle::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QJsonObject toJson(const Reservation &r)
{
    return QJsonObject{{QStringLiteral("id"), jsonfields::id(r.id)},
                       {QStringLiteral("resource"), jsonfields::id(r.resourceId)},
                       {QStringLiteral("customer"), jsonfields::id(r.customerId)},
                       {QStringLiteral("quantity"), r.quantity},
                       {QStringLiteral("start"), jsonfields::time(r.period.start)},
                       {QStringLiteral("end"), jsonfields::time(r.period.end)},
                       {QStringLiteral("amount"), jsonfields::money(r.amount)},
                       {QStringLiteral("status"), lifecycle::key(r.status)},
                       {QStringLiteral("paymentStatus"), lifecycle::key(r.paymentStatus)},
                       {QStringLiteral("holdExpiresAt"), jsonfields::time(r.holdExpiresAt)},
                       {QStringLiteral("originDevice"), r.originDevice},
                       {QStringLiteral("details"), r.details},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("createdAt"), jsonfields::time(r.createdAt)},
                       {QStringLiteral("updatedAt"), jsonfields::time(r.updatedAt)}};
}

QJsonObject toJson(const BookingRow &row)
{
    QJsonObject object = toJson(row.reservation);
    object.insert(QStringLiteral("resourceName"), row.resourceName);
    object.insert(QStringLiteral("customerName"), row.customerName);
    object.insert(QStringLiteral("profile"), profiles::key(row.profile));
    return object;
}

QJsonObject toJson(const MyBooking &b)
{
    QJsonArray timeline;
    for (const TimelineEntry &entry : b.timeline) {
        timeline.append(QJsonObject{{QStringLiteral("seq"), entry.eventSeq},
                                    {QStringLiteral("event"), entry.eventType},
                                    {QStringLiteral("status"), entry.status},
                                    {QStringLiteral("paymentStatus"), entry.paymentStatus},
                                    {QStringLiteral("occurredAt"), jsonfields::time(entry.occurredAt)}});
    }
    return QJsonObject{{QStringLiteral("reservation"), jsonfields::id(b.reservationId)},
                       {QStringLiteral("resource"), jsonfields::id(b.resourceId)},
                       {QStringLiteral("resourceName"), b.resourceName},
                       {QStringLiteral("profile"), b.profile},
                       {QStringLiteral("quantity"), b.quantity},
                       {QStringLiteral("start"), jsonfields::time(b.period.start)},
                       {QStringLiteral("end"), jsonfields::time(b.period.end)},
                       {QStringLiteral("amount"), jsonfields::money(b.amount)},
                       {QStringLiteral("status"), b.status},
                       {QStringLiteral("paymentStatus"), b.paymentStatus},
                       {QStringLiteral("updatedAt"), jsonfields::time(b.updatedAt)},
                       {QStringLiteral("details"), b.details},
                       {QStringLiteral("timeline"), timeline}};
}

Result<HoldRequest> holdFromJson(const QJsonObject &object)
{
    using R = jsonfields::FieldReader;
    R in(object);
    HoldRequest request;
    request.id = in.id(QStringLiteral("id"), R::Optional);
    request.resourceId = in.id(QStringLiteral("resource"), R::Required);
    request.customerId = in.id(QStringLiteral("customer"), R::Optional);
    request.quantity = in.integer(QStringLiteral("quantity"), R::Optional, 1);
    request.start = in.time(QStringLiteral("start"), R::Required);
    request.end = in.time(QStringLiteral("end"), R::Required);
    request.details = in.object(QStringLiteral("details"), R::Optional);
    if (!in.ok())
        return in.error();
    return request;
}

} // namespace reservationjson
