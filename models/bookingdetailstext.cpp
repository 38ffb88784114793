#include "bookingdetailstext.h"

#include "domain/bookingdetails.h"
#include "domain/profile.h"
#include "domain/taxifleet.h"

#include <QCoreApplication>

namespace bookingdetailstext {
namespace {

QString text(const QJsonObject &details, const QString &key)
{
    return details.value(key).toString();
}

} // namespace

QString where(Profile profile, const QJsonObject &details)
{
    if (profile == Profile::Taxi && details.contains(bookingdetails::PickupKey))
        return QCoreApplication::translate("BookingDetails", "%1 → %2")
            .arg(text(details, bookingdetails::PickupKey), text(details, bookingdetails::DestinationKey));
    if (profile == Profile::Product && details.contains(bookingdetails::AddressKey))
        return QCoreApplication::translate("BookingDetails", "%1, %2")
            .arg(text(details, bookingdetails::AddressKey),
                 text(details, bookingdetails::DeliverySlotKey).replace(u'-', QStringLiteral("–")));
    return {};
}

QString whereCaption(Profile profile)
{
    return profile == Profile::Taxi ? QCoreApplication::translate("BookingDetails", "Trip:")
                                    : QCoreApplication::translate("BookingDetails", "Delivery:");
}

QString taxi(const QJsonObject &details)
{
    const QJsonObject sent = details.value(bookingdetails::TaxiKey).toObject();
    if (sent.isEmpty())
        return {};
    const Taxi t = taxifleet::fromJson(sent);
    QStringList parts{t.plate};
    if (!t.driver.isEmpty())
        parts << t.driver;
    if (!t.phone.isEmpty())
        parts << t.phone;
    return parts.join(QStringLiteral(" · "));
}

} // namespace bookingdetailstext
