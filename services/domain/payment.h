#pragma once

#include "domain/reservation.h"

#include <QUuid>

#include <optional>

enum class PaymentMethod { Card = 0, Cash = 1, PayAtCounter = 2 };
enum class PaymentRecordStatus { Approved = 0, Declined = 1, Refunded = 2 };

// How a booking is paid. A card is represented only by the provider's token, its brand and
// its last four digits: RentalDesk never sees, stores or logs a card number.
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
};

namespace payments {
Result<void> validate(const PaymentRequest &request);
QString methodKey(PaymentMethod method);
} // namespace payments
