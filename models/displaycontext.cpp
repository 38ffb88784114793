#include "displaycontext.h"

#include "domain/money.h"
#include "domain/period.h"
#include "domain/profile.h"
#include "domain/sessionslot.h"

#include <QCoreApplication>
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

QString DisplayContext::slot(const Period &p) const
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(p.start, Qt::UTC).toTimeZone(zone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(p.end, Qt::UTC).toTimeZone(zone);
    if (start.date() != end.date())
        return period(p);
    return locale.toString(start.date(), QLocale::ShortFormat) + u' ' + locale.toString(start.time(), QLocale::ShortFormat)
           + QStringLiteral("–") + locale.toString(end.time(), QLocale::ShortFormat);
}

QString DisplayContext::session(const QString &name, const Period &when, const QString &hall) const
{
    return hall.isEmpty() ? QCoreApplication::translate("DisplayContext", "%1 — %2").arg(name, slot(when))
                          : QCoreApplication::translate("DisplayContext", "%1 — %2 · %3").arg(name, slot(when), hall);
}

QString DisplayContext::resourceName(const QString &name, Profile profile, const QJsonObject &attributes,
                                     bool withHall) const
{
    const auto when = profile == Profile::Exhibition ? sessionslot::of(attributes, zone) : std::nullopt;
    if (!when)
        return name;
    return session(name, *when, withHall ? attributes.value(QStringLiteral("hall")).toString() : QString());
}
