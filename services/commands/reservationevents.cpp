#include "commands/reservationevents.h"

#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "domain/profile.h"
#include "domain/resource.h"

namespace reservationevents {

DomainEvent stateChange(const QString &type, const Reservation &r, QJsonObject extra)
{
    extra.insert(QStringLiteral("status"), lifecycle::key(r.status));
    extra.insert(QStringLiteral("paymentStatus"), lifecycle::key(r.paymentStatus));
    extra.insert(QStringLiteral("version"), r.version);
    DomainEvent event;
    event.type = type;
    event.aggregateId = r.id;
    event.payload = extra;
    return event;
}

DomainEvent held(const Reservation &r, const Resource &resource)
{
    DomainEvent event = stateChange(events::ReservationHeld, r,
                       QJsonObject{
                           {QStringLiteral("resourceId"), ids::toText(r.resourceId)},
                           {QStringLiteral("resourceName"), resource.data.name},
                           {QStringLiteral("profile"), profiles::key(resource.data.profile)},
                           {QStringLiteral("customerId"), ids::toText(r.customerId)},
                           {QStringLiteral("quantity"), r.quantity},
                           {QStringLiteral("start"), r.period.start},
                           {QStringLiteral("end"), r.period.end},
                           {QStringLiteral("amount"), r.amount.minor},
                           {QStringLiteral("currency"), r.amount.currency},
                           {QStringLiteral("holdExpiresAt"), r.holdExpiresAt},
                           {QStringLiteral("originDevice"), r.originDevice},
                       });
    if (!r.details.isEmpty()) // most bookings have none: their events stay as small as they were
        event.payload.insert(QStringLiteral("details"), r.details);
    return event;
}

} // namespace reservationevents
