#pragma once

#include "domain/payment.h"

#include <QJsonObject>

// Payments and what paying led to, in the API's JSON. A card appears only as its brand and
// last four digits; the provider's token is accepted on the way in and never echoed.
namespace paymentjson {

QJsonObject toJson(const Payment &payment);
QJsonObject toJson(const PaymentOutcome &outcome);

// POST /reservations/{id}/payments: {"method": "card"|"cash"|"pay_at_counter" (or "later"),
// "cardToken"?, "cardBrand"?, "cardLast4"?}.
Result<PaymentRequest> requestFromJson(const QJsonObject &object, const QUuid &reservationId);

QStringList methodKeys();

} // namespace paymentjson
