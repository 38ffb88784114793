#include "uicontext.h"

#include "domain/clock.h"

#include <QDateTime>

qint64 UiContext::nowSecs() const
{
    static const SystemClock system;
    return (clock ? *clock : static_cast<const Clock &>(system)).nowSecs();
}

QLocale displayLocaleFor(const QString &language)
{
    if (language == QLatin1StringView("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

QDateTime UiContext::now() const
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
    return display.zone.isValid() ? utc.toTimeZone(display.zone) : utc.toLocalTime();
}
