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
    // A slot within one day, as "date start–end"; longer ones as a period.
    QString slot(const Period &slot) const;
    // An exhibition session as lists name it: its date, time and hall tell repeated sessions
    // of one exhibition apart.
    QString session(const QString &name, const Period &slot, const QString &hall) const;
};
