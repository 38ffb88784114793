#pragma once

#include "domain/profile.h"
#include "domain/reservation.h"

#include <QSqlDatabase>

// A booking as staff list it: the reservation with the names they recognise.
struct BookingRow final
{
    Reservation reservation;
    QString resourceName;
    QString customerName;
    Profile profile{};
    qint64 key = 0; // the reservation's rowid: how the Bookings list addresses rows
};

namespace bookingqueries {

// How many reservations there are in all.
Result<qint64> count(const QSqlDatabase &db);

} // namespace bookingqueries
