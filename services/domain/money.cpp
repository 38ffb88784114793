#include "domain/money.h"

#include "domain/errors.h"

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
