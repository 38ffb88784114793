#include "domain/bookingdetails.h"

#include "domain/errors.h"
#include "domain/profile.h"
#include "domain/textrules.h"

#include <QCoreApplication>

namespace bookingdetails {
namespace {

QStringList fieldsOf(Profile profile)
{
    switch (profile) {
    case Profile::Taxi: return {PickupKey, DestinationKey};
    case Profile::Product: return {AddressKey, DeliverySlotKey};
    default: return {};
    }
}

} // namespace

QStringList deliverySlots()
{
    return {QStringLiteral("09:00-12:00"), QStringLiteral("12:00-15:00"), QStringLiteral("15:00-18:00"),
            QStringLiteral("18:00-21:00")};
}

QString fieldName(const QString &key)
{
    if (key == PickupKey)
        return QCoreApplication::translate("BookingDetails", "Pickup address");
    if (key == DestinationKey)
        return QCoreApplication::translate("BookingDetails", "Destination");
    if (key == AddressKey)
        return QCoreApplication::translate("BookingDetails", "Delivery address");
    if (key == DeliverySlotKey)
        return QCoreApplication::translate("BookingDetails", "Delivery slot");
    return key;
}

Result<QJsonObject> validate(Profile profile, const QJsonObject &given)
{
    const QStringList fields = fieldsOf(profile);
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!fields.contains(it.key()))
            return errors::unknownBookingDetail(it.key());
    }
    QJsonObject stored;
    for (const QString &key : fields) {
        const QString value = given.value(key).toString().trimmed();
        RD_TRY(textrules::check(fieldName(key), value, MaxTextLength, true));
        if (key == DeliverySlotKey && !deliverySlots().contains(value))
            return errors::invalidDeliverySlot(deliverySlots().join(QStringLiteral(", ")));
        stored.insert(key, value);
    }
    return stored;
}

} // namespace bookingdetails
