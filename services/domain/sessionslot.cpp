#include "domain/sessionslot.h"

#include "domain/errors.h"

#include <QDateTime>

namespace sessionslot {
namespace {

// A duration stored as a number or, by hand-written JSON, as text; absent means the default.
std::optional<int> minutes(const QJsonObject &attributes)
{
    const QJsonValue value = attributes.value(DurationKey);
    if (value.isUndefined() || value.isNull())
        return DefaultMinutes;
    bool ok = value.isDouble();
    const double number = ok ? value.toDouble() : value.toString().toDouble(&ok);
    if (!ok || number != double(int(number)) || number < 1 || number > MaxMinutes)
        return std::nullopt;
    return int(number);
}

} // namespace

std::optional<Period> of(const QJsonObject &attributes, const QTimeZone &zone)
{
    const QDate date = QDate::fromString(attributes.value(DateKey).toString(), DateFormat);
    const QTime time = QTime::fromString(attributes.value(TimeKey).toString(), TimeFormat);
    const std::optional<int> duration = minutes(attributes);
    if (!date.isValid() || !time.isValid() || !duration)
        return std::nullopt;
    const QDateTime start = zone.isValid() ? QDateTime(date, time, zone) : QDateTime(date, time, Qt::UTC);
    auto period = Period::make(start, start.addSecs(qint64(*duration) * 60));
    if (!period)
        return std::nullopt;
    return period.value();
}

Result<Period> validate(const QJsonObject &attributes, const QTimeZone &zone)
{
    if (!minutes(attributes))
        return errors::invalidSessionDuration(MaxMinutes);
    if (const auto slot = of(attributes, zone))
        return *slot;
    return errors::sessionSlotIncomplete();
}

} // namespace sessionslot
