#pragma once

#include "domain/money.h"

#include <QLocale>

#include <variant>

// Prices as a manager types them: in major units of the shop's currency ("55,000" won,
// "12.50" euros), read exactly (no double in between) into Money's minor units.
namespace pricetext {

// The amount as it is typed back in, without a currency symbol ("55,000", "12.50").
QString format(const Money &money, const QLocale &locale);
// The amount in minor units, or the sentence to show next to the field.
std::variant<qint64, QString> parse(QString text, const QString &currency, const QLocale &locale);

} // namespace pricetext
