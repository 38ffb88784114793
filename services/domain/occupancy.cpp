#include "domain/occupancy.h"

#include <algorithm>
#include <vector>

namespace occupancy {

int peak(const QList<Occupancy> &bookings, const Period &period)
{
    // (time, delta); at equal times ends (-) sort before starts (+), so touching periods
    // never add up.
    std::vector<std::pair<qint64, int>> points;
    points.reserve(size_t(bookings.size()) * 2);
    for (const Occupancy &b : bookings) {
        const qint64 from = std::max(b.start, period.start);
        const qint64 to = std::min(b.end, period.end);
        if (from >= to)
            continue;
        points.emplace_back(from, b.quantity);
        points.emplace_back(to, -b.quantity);
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
