#pragma once

#include "domain/reservation.h"
#include "queries/bookingqueries.h"
#include "queries/mybookingsquery.h"

#include <QJsonObject>

// Reservations, hold requests, staff list rows and the customer's My-bookings rows in the
// API's JSON.
namespace reservationjson {

QJsonObject toJson(const Reservation &reservation);
// A reservation with the resource and customer names staff recognise.
QJsonObject toJson(const BookingRow &row);
QJsonObject toJson(const MyBooking &booking);

// POST /reservations: {"id"?, "resource", "customer"?, "quantity"?, "start", "end"}.
Result<HoldRequest> holdFromJson(const QJsonObject &object);

QStringList statusKeys();
std::optional<ReservationStatus> statusFromKey(const QString &key);

} // namespace reservationjson
