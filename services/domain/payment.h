#pragma once

#include "domain/reservation.h"

#include <QUuid>

#include <optional>

enum class PaymentMethod { Card = 0, Cash = 1, PayAtCounter = 2 };
enum class PaymentRecordStatus { Approved = 0, Declined = 1, Refunded = 2 };

// How a booking is paid. A card is represented only by the provider's token, its brand and
// its last four digits: RentalDesk never stores or logs a card number (a customer's typed
// card goes only to the provider's token call, see domain/cardentry.h).
struct PaymentRequest final
{
    QUuid reservationId;
    PaymentMethod method = PaymentMethod::Card;
    QString cardToken;
    QString cardBrand;
    QString cardLast4;
};

// One attempt to pay a booking, as the payment side answered it.
struct Payment final
{
    QUuid id;
    QUuid reservationId;
    Money amount;
    PaymentMethod method = PaymentMethod::Card;
    PaymentRecordStatus status = PaymentRecordStatus::Approved;
    QString gatewayReference;
    QString cardBrand;
    QString cardLast4;
    QString declineReason;
    qint64 createdAt = 0;
};

// What paying a booking led to: the booking's new payment status, the stored attempt (none
// for "pay at the counter" or when the provider could not be reached) and, unless approved,
// why, in words for the customer.
struct PaymentOutcome final
{
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
    std::optional<Payment> payment;
    QString reason;
    // When the hold of a booking left unpaid (deferred) runs out; 0 = it does not.
    qint64 holdExpiresAt = 0;
};

namespace payments {
Result<void> validate(const PaymentRequest &request);
// Whether a booking still wants its money: open (held or confirmed) and not yet paid.
bool wantsPayment(const Reservation &reservation);
// Why it cannot be paid (already_paid, nothing_to_pay), if it cannot.
Result<void> checkPayable(const Reservation &reservation);
// What the customer is told when the card cannot be charged now.
QString cardUnavailableReason();
QString methodKey(PaymentMethod method);
} // namespace payments
