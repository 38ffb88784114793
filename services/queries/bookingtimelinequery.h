#pragma once

#include "domain/notification.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

// One event of a booking as staff read it in the Bookings screen: what happened, when, and
// the state it left the booking in (reservation events carry it in their payload).
struct BookingEventRecord final
{
    qint64 seq = 0;
    QString type;          // events::ReservationHeld, …
    QString status;        // lifecycle::key of the reservation status after the event
    QString paymentStatus; // lifecycle::key of the payment status after the event
    qint64 occurredAt = 0; // UTC seconds
    QJsonObject payload;

    bool operator==(const BookingEventRecord &) const = default;
};

// A message the shop queued for the booking's customer (policies write them with the event).
struct BookingNotice final
{
    QString templateKey;
    QString body; // the words the customer received
    NotificationChannel channel = NotificationChannel::Desktop;
    NotificationStatus status = NotificationStatus::Pending;
    int attempts = 0;
    qint64 createdAt = 0;

    bool operator==(const BookingNotice &) const = default;
};

// A booking's history: its events in log order and its notifications, oldest first.
struct BookingTimeline final
{
    QList<BookingEventRecord> events;
    QList<BookingNotice> notifications;
};

namespace bookingtimelinequery {

Result<BookingTimeline> forReservation(const QSqlDatabase &db, const QUuid &reservationId);

} // namespace bookingtimelinequery
