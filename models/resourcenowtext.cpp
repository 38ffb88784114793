#include "resourcenowtext.h"

#include "domain/lifecycle.h"
#include "domain/profile.h"

#include <QStringList>

namespace {

// "rented out", "lent out", … : what a unit handed over is in this business.
QString outWord(Profile profile)
{
    return lifecycle::displayName(ReservationStatus::InUse, profile);
}

const char *detailsKey(Profile profile)
{
    switch (profile) {
    case Profile::Car: return "plate";
    case Profile::Exhibition: return "hall";
    case Profile::Item: return "condition";
    case Profile::Taxi: return "vehicles";
    case Profile::Product: return "model";
    }
    return "";
}

} // namespace

QString ResourceNowText::describe(const Resource &resource, const ResourceNow &now, const DisplayContext &display, qint64 nowSecs)
{
    if (resource.status == ResourceStatus::Retired)
        return {};
    const int capacity = resource.data.capacity;
    QStringList parts;
    if (now.out > 0) {
        const QString what = capacity > 1 ? tr("%1 of %2 %3").arg(now.out).arg(capacity).arg(outWord(resource.data.profile))
                                          : outWord(resource.data.profile);
        // Visitors and passengers are not given back: their visit or trip ends.
        const bool returned = resource.data.profile != Profile::Exhibition && resource.data.profile != Profile::Taxi;
        const QString until = display.dateTime(now.backAt);
        const QString back = now.backAt <= nowSecs ? tr("overdue since %1").arg(until)
                             : returned             ? tr("back %1").arg(until)
                                                    : tr("until %1").arg(until);
        QString first = what + QStringLiteral(", ") + back;
        first[0] = first[0].toUpper();
        parts << first;
    }
    if (now.due > 0)
        parts << (capacity > 1 ? tr("%1 reserved, not handed out yet").arg(now.due) : tr("Reserved, not handed out yet"));
    if (parts.isEmpty() && resource.status == ResourceStatus::Active)
        parts << (capacity > 1 ? tr("%1 free").arg(capacity) : tr("Free"));
    if (now.nextStart > 0 && now.out == 0) // while out, its return is what the counter plans by
        parts << tr("next booking %1").arg(display.dateTime(now.nextStart));
    return parts.join(QStringLiteral(" · "));
}

QString ResourceNowText::detailsTitle(Profile profile)
{
    switch (profile) {
    case Profile::Car: return tr("Plate number");
    case Profile::Exhibition: return tr("Hall");
    case Profile::Item: return tr("Condition");
    case Profile::Taxi: return tr("Vehicle type");
    case Profile::Product: return tr("Model code");
    }
    return {};
}

QString ResourceNowText::details(const Resource &resource)
{
    return resource.data.attributes.value(QLatin1StringView(detailsKey(resource.data.profile))).toString();
}
