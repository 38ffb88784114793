#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>

enum class Profile;

// What a booking carries beyond its period, by business: where a taxi picks the customer up
// and where it goes, where and in which slot a product is delivered, and which taxi the
// dispatcher sent. One JSON object on the booking, synchronised with it.
namespace bookingdetails {

constexpr int MaxTextLength = 300;

inline const QString PickupKey = QStringLiteral("pickup");
inline const QString DestinationKey = QStringLiteral("destination");
inline const QString AddressKey = QStringLiteral("address");
inline const QString DeliverySlotKey = QStringLiteral("deliverySlot");
inline const QString TaxiKey = QStringLiteral("taxi"); // {plate, driver, phone}, set at dispatch

// The delivery slots a product can be delivered in on its start date, "HH:mm-HH:mm" in the
// shop's time zone.
QStringList deliverySlots();

// What booking a resource of `profile` asks of the customer: a taxi needs a pickup address
// and a destination, a product a delivery address and slot; the others take none. Returns
// the stored form (trimmed, only the known fields).
Result<QJsonObject> validate(Profile profile, const QJsonObject &given);

// The translated label of a detail field ("Pickup address", …).
QString fieldName(const QString &key);

} // namespace bookingdetails
