#pragma once

#include <QDate>
#include <QTimeZone>

// The shop's local calendar around "now", so demo bookings land where a real shop would put
// them: car pickups at 10:00 local time, exhibition sessions at their local start, taxi
// pickups on the hour, whatever the shop's time zone (DST-safe: every time is built from a
// local date and time, never by adding hours to a UTC instant).
class DemoCalendar final
{
public:
    DemoCalendar(qint64 nowSecs, const QByteArray &timeZone);

    qint64 now() const { return m_now; }
    // `dayOffset` days from today, at hour:minute local time, in UTC seconds.
    qint64 at(int dayOffset, int hour, int minute = 0) const;
    // The start of the local hour that contains now.
    qint64 currentHour() const;
    // The start of a two-hour slot on the hour that is under way: it began at least half an
    // hour ago and ends at least half an hour from now.
    qint64 slotUnderWay() const;
    static constexpr qint64 SlotSeconds = 2 * 60 * 60;
    // `secs` as local time, formatted like QDateTime::toString.
    QString format(qint64 secs, const QString &pattern) const;

private:
    qint64 m_now;
    QTimeZone m_zone;
    QDate m_today;
};
