#pragma once

#include "domain/result.h"

#include <QString>

// An amount in minor currency units (KRW has none, so 1 means 1 won) and its ISO 4217 code.
// int64 and explicit overflow checks: prices multiplied by days and quantities must never wrap.
struct Money final
{
    qint64 minor = 0;
    QString currency;

    bool operator==(const Money &other) const = default;

    Result<Money> times(qint64 factor) const;
    static bool isValidCurrency(const QString &code);
    // Digits after the decimal point in `currency` (ISO 4217 exponent): 0 for KRW, JPY, …
    static int minorDigits(const QString &currency);
};
