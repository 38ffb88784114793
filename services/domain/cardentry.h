#pragma once

#include <QDate>
#include <QString>

#include <optional>

// A card as a customer types it on their own device. It lives only as long as it takes to
// hand it to the payment provider's token endpoint (PaymentGateway::tokenize): it is never
// stored, logged or sent to a RentalDesk server; what stays is the token, brand and last four.
struct CardEntry final
{
    QString number; // digits only
    int expiryMonth = 0;
    int expiryYear = 0; // four digits
    QString securityCode;
};

// What the provider gave for a card: the token to charge, and how to name the card.
struct CardToken final
{
    QString token;
    QString brand;
    QString last4;
};

namespace cardentry {

// What is wrong with each field as typed, in words for the customer (translated, context
// "CardEntry"); empty where the field is fine.
struct Problems final
{
    QString number;
    QString expiry;
    QString securityCode;
    bool any() const { return !number.isEmpty() || !expiry.isEmpty() || !securityCode.isEmpty(); }
};

// The card as typed, read: spaces and dashes between digit groups dropped, the expiry as
// "MM/YY", "MM/YYYY" or "MMYY". `problems` says what stops it from being sent.
struct Reading final
{
    CardEntry card;
    Problems problems;
};
Reading read(const QString &number, const QString &expiry, const QString &securityCode, QDate today);

// The typed number in groups of four (American Express: 4-6-5), for the field as it is typed.
QString grouped(const QString &typed);

} // namespace cardentry
