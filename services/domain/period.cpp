#include "domain/period.h"

#include "domain/errors.h"

namespace {
constexpr qint64 SecondsPerDay = 24 * 60 * 60;
}

Result<Period> Period::make(qint64 start, qint64 end)
{
    if (end <= start || start < 0 || end > Latest)
        return errors::invalidPeriod();
    if (end - start > qint64(MaxDays) * SecondsPerDay)
        return errors::periodTooLong(MaxDays);
    return Period{start, end};
}

Result<Period> Period::make(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return errors::invalidPeriod();
    return make(start.toSecsSinceEpoch(), end.toSecsSinceEpoch());
}

qint64 Period::days() const
{
    return (seconds() + SecondsPerDay - 1) / SecondsPerDay;
}

QDateTime Period::startUtc() const
{
    return QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
}

QDateTime Period::endUtc() const
{
    return QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
}
