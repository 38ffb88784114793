#include "queries/dispatchquery.h"

#include "domain/errors.h"
#include "domain/profile.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"

namespace dispatchquery {

FreeTaxis freeTaxis(const Resource &taxiClass, const QList<Reservation> &open)
{
    const QList<Taxi> fleet = taxifleet::of(taxiClass.data.attributes);
    return FreeTaxis{fleet.size(), taxifleet::free(fleet, open)};
}

Result<FreeTaxis> freeTaxis(const QSqlDatabase &db, const QUuid &reservationId)
{
    auto booking = reservationrepository::find(db, reservationId);
    if (!booking)
        return booking.error();
    if (!booking.value())
        return errors::unknownReservation();
    auto resource = resourcerepository::find(db, booking.value()->resourceId);
    if (!resource)
        return resource.error();
    if (!resource.value() || resource.value()->data.profile != Profile::Taxi)
        return FreeTaxis{};
    auto open = reservationrepository::openForResource(db, booking.value()->resourceId);
    if (!open)
        return open.error();
    return freeTaxis(*resource.value(), open.value());
}

} // namespace dispatchquery
