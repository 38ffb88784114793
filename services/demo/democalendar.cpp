#include "demo/democalendar.h"

#include <QDateTime>

DemoCalendar::DemoCalendar(qint64 nowSecs, const QByteArray &timeZone)
    : m_now(nowSecs), m_zone(timeZone)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_today = QDateTime::fromSecsSinceEpoch(m_now, m_zone).date();
}

qint64 DemoCalendar::at(int dayOffset, int hour, int minute) const
{
    return QDateTime(m_today.addDays(dayOffset), QTime(hour, minute), m_zone).toSecsSinceEpoch();
}

qint64 DemoCalendar::currentHour() const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(m_now, m_zone);
    return QDateTime(local.date(), QTime(local.time().hour(), 0), m_zone).toSecsSinceEpoch();
}

qint64 DemoCalendar::slotUnderWay() const
{
    constexpr qint64 HalfHour = 30 * 60;
    const qint64 hour = currentHour();
    return m_now - hour >= HalfHour ? hour : hour - SlotSeconds / 2;
}

QString DemoCalendar::format(qint64 secs, const QString &pattern) const
{
    return QDateTime::fromSecsSinceEpoch(secs, m_zone).toString(pattern);
}
