#pragma once

#include "domain/reservation.h"

#include <QList>

enum class Profile;

// The reservation life cycle and payment status graph of DESIGN.md §2. Every transition not
// listed here is refused with `invalid_transition` / `invalid_payment_transition`.
namespace lifecycle {

bool allowed(ReservationStatus from, ReservationStatus to);
bool allowed(PaymentStatus from, PaymentStatus to);
Result<void> check(ReservationStatus from, ReservationStatus to);
Result<void> check(PaymentStatus from, PaymentStatus to);

// Held, Confirmed and InUse reservations occupy capacity.
bool occupiesCapacity(ReservationStatus status);
bool isFinal(ReservationStatus status);

QList<ReservationStatus> allStatuses();
QList<PaymentStatus> allPaymentStatuses();
QString key(ReservationStatus status);
QString key(PaymentStatus status);
QString displayName(ReservationStatus status);
// In the business's own words where it has them: a car is "rented out" and "returned", a
// visitor "admitted", a taxi "dispatched", a product "delivered"; the rest as above.
QString displayName(ReservationStatus status, Profile profile);
QString displayName(PaymentStatus status);

} // namespace lifecycle
