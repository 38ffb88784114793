#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Card numbers must never be stored or logged (only a provider's token, the brand and the
// last four digits). These tell whether some text holds one.
namespace cardnumbers {

// A run of 13–19 digits that passes the Luhn check.
bool passesLuhn(QStringView digits);

// Whether `text` holds what could be a typed card number: 12 or more digits, each group
// separated at most by one space or dash. Strict on purpose: what a person types into a
// field that should not hold one (a token, a name) is refused before it goes anywhere.
bool looksTyped(QStringView text);

// Whether `bytes` (a database file, a log) holds a Luhn-valid run of 13–19 ASCII digits
// between non-digits. Only unbroken runs: with separators allowed, the digit groups of
// random UUIDs would now and then pass too.
bool foundIn(QByteArrayView bytes);

// The card network a number belongs to, from its prefix, as providers name it: "visa",
// "mastercard", "amex", "discover", "jcb" or "unknown".
QString brandCode(QStringView digits);

// How a receipt writes a brand code ("visa" → "VISA"); unknown codes as given.
QString brandName(const QString &code);

} // namespace cardnumbers
