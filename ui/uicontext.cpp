#include "uicontext.h"

#include "domain/clock.h"

#include <QDateTime>

qint64 UiContext::nowSecs() const
{
    static const SystemClock system;
    return (clock ? *clock : static_cast<const Clock &>(system)).nowSecs();
}

QDateTime UiContext::now() const
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
    return display.zone.isValid() ? utc.toTimeZone(display.zone) : utc.toLocalTime();
}
