#pragma once

#include "domain/reservation.h"

#include <QSqlDatabase>

#include <optional>

// The code a customer is given for a booking, and finding a booking again by it: at a
// self-service kiosk the customer types the code and their phone number.
namespace bookingcodes {

// The last 8 hex digits of the booking's id (random in every id we make, unlike the first
// ones, which are its time), upper case, as "XXXX-XXXX": short enough to type, and with the
// phone number unambiguous.
QString codeFor(const QUuid &reservationId);
// The 8 lower-case hex digits of a typed code (a dash, spaces and case are forgiven), or
// empty when it is not a code.
QString normalise(const QString &typed);

} // namespace bookingcodes

namespace bookinglookup {

struct FoundBooking
{
    Reservation reservation;
    QString resourceName;
    QString customerName;
};

// The booking with this code whose customer has this phone number (digits compared, so
// "010-1234-5678" and "01012345678" are the same), if there is one.
Result<std::optional<FoundBooking>> find(const QSqlDatabase &db, const QString &code, const QString &phone);

} // namespace bookinglookup
