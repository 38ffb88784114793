#pragma once

#include "domain/taxifleet.h"

#include <QJsonObject>

enum class Profile;

// The demo's made-up particulars: the taxis of each class (plates, drivers, phones) and the
// trips and deliveries customers ask for, always the same for the same numbers.
namespace demodetails {

// `count` taxis for the class at `classIndex`, with plates unique across classes.
QList<Taxi> fleet(int classIndex, int count);
// The pickup and destination of a taxi booking, or the delivery address and slot of a product
// order, for the demo booking numbered `booking`; nothing for other businesses.
QJsonObject forBooking(Profile profile, int booking);

} // namespace demodetails
