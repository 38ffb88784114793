#include "domain/taxifleet.h"

#include "domain/bookingdetails.h"
#include "domain/customer.h"
#include "domain/errors.h"
#include "domain/resource.h"
#include "domain/textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace taxifleet {

Taxi fromJson(const QJsonObject &object)
{
    return Taxi{object.value(QStringLiteral("plate")).toString(), object.value(QStringLiteral("driver")).toString(),
                object.value(QStringLiteral("phone")).toString()};
}

QJsonObject toJson(const Taxi &taxi)
{
    return QJsonObject{{QStringLiteral("plate"), taxi.plate},
                       {QStringLiteral("driver"), taxi.driver},
                       {QStringLiteral("phone"), taxi.phone}};
}

QList<Taxi> of(const QJsonObject &attributes)
{
    QList<Taxi> fleet;
    for (const QJsonValue &value : attributes.value(Key).toArray())
        fleet.append(fromJson(value.toObject()));
    return fleet;
}

void store(QJsonObject &attributes, const QList<Taxi> &fleet)
{
    if (fleet.isEmpty()) {
        attributes.remove(Key);
        return;
    }
    QJsonArray list;
    for (const Taxi &taxi : fleet)
        list.append(toJson(taxi));
    attributes.insert(Key, list);
}

Result<void> validate(const ResourceDraft &draft)
{
    const QList<Taxi> fleet = of(draft.attributes);
    if (fleet.isEmpty())
        return {};
    QSet<QString> plates;
    for (const Taxi &taxi : fleet) {
        RD_TRY(textrules::check(QCoreApplication::translate("Taxi", "Plate number"), taxi.plate, 32, true));
        RD_TRY(textrules::check(QCoreApplication::translate("Taxi", "Driver"), taxi.driver, customers::MaxNameLength, true));
        RD_TRY(customers::validate(CustomerDraft{taxi.driver, taxi.phone, {}}));
        if (taxi.phone.trimmed().isEmpty())
            return errors::textRequired(QCoreApplication::translate("Taxi", "Driver's phone"));
        if (plates.contains(taxi.plate))
            return errors::duplicateTaxi(taxi.plate);
        plates.insert(taxi.plate);
    }
    if (draft.capacity != fleet.size())
        return errors::taxiCountMismatch(int(fleet.size()));
    return {};
}

std::optional<Taxi> assigned(const Reservation &booking)
{
    const QJsonObject taxi = booking.details.value(bookingdetails::TaxiKey).toObject();
    if (taxi.isEmpty())
        return std::nullopt;
    return fromJson(taxi);
}

QList<Taxi> free(const QList<Taxi> &fleet, const QList<Reservation> &open)
{
    QSet<QString> busy;
    for (const Reservation &booking : open) {
        if (const auto taxi = assigned(booking); taxi && booking.status == ReservationStatus::InUse)
            busy.insert(taxi->plate);
    }
    QList<Taxi> available;
    for (const Taxi &taxi : fleet) {
        if (!busy.contains(taxi.plate))
            available.append(taxi);
    }
    return available;
}

} // namespace taxifleet
