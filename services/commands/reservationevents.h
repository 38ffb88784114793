#pragma once

#include "domain/domainevent.h"
#include "domain/reservation.h"

struct Resource;

// Builds reservation events. Each carries the state the booking is left in (status, payment
// status, version); ReservationHeld also carries everything the read model shows, so the
// read model is a pure function of the log.
namespace reservationevents {

DomainEvent held(const Reservation &reservation, const Resource &resource);
DomainEvent stateChange(const QString &type, const Reservation &reservation,
                        QJsonObject extra = {});

} // namespace reservationevents
