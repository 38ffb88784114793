#pragma once

#include <QLocale>
#include <QTimeZone>

struct Money;
struct Period;

// How values are shown to the person at the screen: the UI language's locale and the shop's
// time zone (periods are stored in UTC).
struct DisplayContext final
{
    QLocale locale;
    QTimeZone zone;

    QString money(const Money &amount) const;
    QString period(const Period &period) const;
    QString dateTime(qint64 utcSecs) const;
};
