#pragma once

#include "domain/result.h"

#include <QDateTime>

// A half-open interval [start, end) in UTC, kept as seconds since the epoch so that SQL can
// compare it with plain integers. Adjacent periods (one ends when the next starts) do not
// overlap. Display in the shop's time zone is the UI's business.
struct Period final
{
    qint64 start = 0;
    qint64 end = 0;

    static constexpr int MaxDays = 366;
    // Bookings live between 1970 and the end of 9999: no arithmetic on them can overflow.
    static constexpr qint64 Latest = 253'402'300'799;

    static Result<Period> make(qint64 start, qint64 end);
    static Result<Period> make(const QDateTime &start, const QDateTime &end);

    bool overlaps(const Period &other) const { return start < other.end && other.start < end; }
    qint64 seconds() const { return end - start; }
    // Started days count as whole days: a 25-hour rental is charged as two days.
    qint64 days() const;
    QDateTime startUtc() const;
    QDateTime endUtc() const;

    bool operator==(const Period &other) const = default;
};
