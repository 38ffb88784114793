#include "domain/occupancy.h"

#include <QVarLengthArray>

#include <algorithm>

namespace occupancy {

int peak(std::span<const Occupancy> bookings, const Period &period)
{
    // (time, delta); at equal times ends (-) sort before starts (+), so touching periods
    // never add up. Most resources have a handful of bookings in a period: those points stay
    // on the stack (an availability search asks this for every resource).
    QVarLengthArray<std::pair<qint64, int>, 16> points;
    for (const Occupancy &b : bookings) {
        const qint64 from = std::max(b.start, period.start);
        const qint64 to = std::min(b.end, period.end);
        if (from >= to)
            continue;
        points.append({from, b.quantity});
        points.append({to, -b.quantity});
    }
    std::sort(points.begin(), points.end());
    int current = 0;
    int highest = 0;
    for (const auto &point : points) {
        current += point.second;
        highest = std::max(highest, current);
    }
    return highest;
}

} // namespace occupancy
