#pragma once

#include "domain/resource.h"
#include "domain/taxifleet.h"

#include <QSqlDatabase>

// What the taxi dispatcher chooses from.
namespace dispatchquery {

struct FreeTaxis final
{
    qsizetype listed = 0; // how many taxis the class lists (0: it names none, or is no taxi class)
    QList<Taxi> free;     // those no booking on a trip was sent with: the ones the dispatcher may send
};

FreeTaxis freeTaxis(const Resource &taxiClass, const QList<Reservation> &open);
// The free taxis of the booking's class.
Result<FreeTaxis> freeTaxis(const QSqlDatabase &db, const QUuid &reservationId);

} // namespace dispatchquery
