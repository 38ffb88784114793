#include "displaycontext.h"

#include "domain/money.h"
#include "domain/period.h"

#include <QDateTime>

QString DisplayContext::money(const Money &amount) const
{
    const int digits = Money::minorDigits(amount.currency);
    double value = double(amount.minor);
    for (int i = 0; i < digits; ++i)
        value /= 10.0;
    const QString symbol = amount.currency == QLatin1StringView("KRW") ? QStringLiteral("₩") : amount.currency + u' ';
    return locale.toCurrencyString(value, symbol, digits);
}

QString DisplayContext::dateTime(qint64 utcSecs) const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toTimeZone(zone);
    return locale.toString(local, QLocale::ShortFormat);
}

QString DisplayContext::period(const Period &p) const
{
    return dateTime(p.start) + QStringLiteral(" – ") + dateTime(p.end);
}
