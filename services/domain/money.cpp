#include "domain/money.h"

#include "domain/errors.h"

#include <QStringList>

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(minor, factor, &product))
        return errors::amountTooLarge();
    return Money{product, currency};
}

bool Money::isValidCurrency(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

int Money::minorDigits(const QString &currency)
{
    // The currencies without a minor unit that our shops use; every other one has cents.
    static const QStringList none{QStringLiteral("KRW"), QStringLiteral("JPY"), QStringLiteral("VND"),
                                  QStringLiteral("CLP"), QStringLiteral("ISK")};
    return none.contains(currency) ? 0 : 2;
}
