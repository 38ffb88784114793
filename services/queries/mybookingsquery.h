#pragma once

#include "domain/period.h"
#include "domain/money.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QUuid>

// One step in a booking's history, as the customer sees it.
struct TimelineEntry final
{
    qint64 eventSeq = 0;
    QString eventType;
    QString status;
    QString paymentStatus;
    qint64 occurredAt = 0;

    bool operator==(const TimelineEntry &) const = default;
};

// A row of the My-bookings read model.
struct MyBooking final
{
    QUuid reservationId;
    QUuid customerId;
    QUuid resourceId;
    QString resourceName;
    QString profile;
    int quantity = 0;
    Period period;
    Money amount;
    QString status;
    QString paymentStatus;
    qint64 updatedAt = 0;
    QJsonObject details; // bookingdetails.h
    QList<TimelineEntry> timeline;

    bool operator==(const MyBooking &) const = default;
};

namespace mybookingsquery {

Result<QList<MyBooking>> forCustomer(const QSqlDatabase &db, const QUuid &customerId);
// Every row with its timeline, in reservation id order (used to compare a rebuild).
Result<QList<MyBooking>> all(const QSqlDatabase &db);

} // namespace mybookingsquery
