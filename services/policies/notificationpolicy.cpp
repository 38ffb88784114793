#include "policies/notificationpolicy.h"

#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/domainevent.h"
#include "domain/ids.h"
#include "domain/notification.h"
#include "domain/payment.h"
#include "domain/bookingdetails.h"
#include "domain/taxifleet.h"
#include "queries/bookinglookup.h"
#include "storage/customerrepository.h"
#include "storage/notificationrepository.h"
#include "storage/resourcerepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace {


// The sentence for each event; empty = the customer is not told.
QString messageFor(const QString &type)
{
    if (type == events::ReservationHeld)
        return QCoreApplication::translate("Notification", "Your booking of %1 on %2 is held for you. Please pay to confirm it.");
    if (type == events::ReservationConfirmed)
        return QCoreApplication::translate("Notification", "Your booking of %1 on %2 is confirmed.");
    if (type == events::FulfilmentStarted)
        return QCoreApplication::translate("Notification", "Your booking of %1 on %2 has started.");
    if (type == events::FulfilmentFinished)
        return QCoreApplication::translate("Notification", "Your booking of %1 on %2 is complete. Thank you!");
    if (type == events::ReservationCancelled)
        return QCoreApplication::translate("Notification", "Your booking of %1 on %2 is cancelled.");
    if (type == events::ReservationForceCancelled)
        return QCoreApplication::translate("Notification", "We are sorry: %1 is no longer available, so your booking on %2 is cancelled and refunded.");
    if (type == events::HoldExpired)
        return QCoreApplication::translate("Notification", "Your unpaid booking of %1 on %2 has expired.");
    if (type == events::ReservationRejected)
        return QCoreApplication::translate("Notification", "We are sorry: your booking of %1 on %2 could not be accepted.");
    if (type == events::PaymentApproved)
        return QCoreApplication::translate("Notification", "We received your payment for %1 on %2.");
    if (type == events::PaymentDeclined)
        return QCoreApplication::translate("Notification", "The payment for %1 on %2 was declined.");
    if (type == events::PaymentDeferred)
        return QCoreApplication::translate("Notification", "Your booking of %1 on %2 is kept: please pay a little later.");
    if (type == events::PaymentRefunded)
        return QCoreApplication::translate("Notification", "The payment for %1 on %2 has been refunded.");
    return {};
}

QString templateKey(const QString &eventType)
{
    QString key;
    for (QChar c : eventType) {
        if (c.isUpper() && !key.isEmpty())
            key += u'_';
        key += c.toLower();
    }
    return key;
}

Result<void> queue(CommandContext &context, Notification notification)
{
    notification.id = ids::newId();
    notification.createdAt = notification.nextAttemptAt = context.clock.nowSecs();
    RD_TRY(notificationrepository::insert(context.db, notification));
    context.changes.notifications.insert(notification.id);
    return {};
}

} // namespace

Result<void> NotificationPolicy::handle(CommandContext &context, const DomainEvent &event)
{
    if (context.remote)
        return {}; // the device that made the change has told the customer already
    const QString sentence = messageFor(event.type);
    if (sentence.isEmpty())
        return {};
    auto reservation = reservationcommands::load(context, event.aggregateId);
    if (!reservation)
        return reservation.error();
    auto resource = resourcerepository::find(context.db, reservation->resourceId);
    auto customer = customerrepository::find(context.db, reservation->customerId);
    if (!resource)
        return resource.error();
    if (!customer)
        return customer.error();
    if (!resource.value() || !customer.value())
        return {};

    const QTimeZone zone(context.settings.timeZone);
    const auto shopTime = [&zone](const QDateTime &utc) {
        return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const QString when = shopTime(reservation->period.startUtc());
    Notification n;
    n.customerId = reservation->customerId;
    n.reservationId = reservation->id;
    n.templateKey = templateKey(event.type);
    n.body = sentence.arg(resource.value()->data.name, when);
    if (event.type == events::PaymentDeferred && reservation->holdExpiresAt > 0) {
        // The customer is told how long the hold lasts, and what happens to their card.
        const QString until = shopTime(QDateTime::fromSecsSinceEpoch(reservation->holdExpiresAt, QTimeZone::utc()));
        const bool card = event.payload.value(QStringLiteral("method")).toString() == payments::methodKey(PaymentMethod::Card);
        n.body = (card ? QCoreApplication::translate("Notification", "Card payment is not available right now. Your booking "
                                                                     "of %1 on %2 is kept until %3, and we will charge your "
                                                                     "card a little later.")
                       : QCoreApplication::translate("Notification", "Your booking of %1 on %2 is kept until %3: please "
                                                                     "pay before then."))
                     .arg(resource.value()->data.name, when, until);
    }
    if (const auto taxi = taxifleet::assigned(reservation.value()); taxi && event.type == events::FulfilmentStarted) {
        // The customer looks out for this car and may call its driver.
        n.body = QCoreApplication::translate("Notification", "Your taxi for %1 on %2 is on its way to %3: %4, "
                                                             "driver %5, phone %6.")
                     .arg(resource.value()->data.name, when,
                          reservation->details.value(bookingdetails::PickupKey).toString(), taxi->plate, taxi->driver,
                          taxi->phone);
    }
    // The code lets the customer find this booking again (kiosk, phone call) and tells
    // apart two bookings of the same thing.
    n.body += u' '
              + QCoreApplication::translate("Notification", "Booking code: %1.").arg(bookingcodes::codeFor(reservation->id));
    n.channel = NotificationChannel::Desktop;
    RD_TRY(queue(context, n));

    const QString phone = customer.value()->data.phone;
    if (!phone.isEmpty() && context.settings.smsGatewayUrl.isValid()) {
        n.channel = NotificationChannel::Sms;
        n.recipient = phone;
        RD_TRY(queue(context, n));
    }
    return {};
}
