#pragma once

#include <QLocale>
#include <QTimeZone>

class QJsonObject;
enum class Profile;
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
    // A stored resource as lists name it: a session by its name, date and time (and its hall
    // when `withHall`) from its attributes; anything else by its name.
    QString resourceName(const QString &name, Profile profile, const QJsonObject &attributes, bool withHall) const;
};
