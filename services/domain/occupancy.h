#pragma once

#include "domain/period.h"

#include <QList>

#include <span>

// One booking's claim on a resource's capacity.
struct Occupancy final
{
    qint64 start = 0;
    qint64 end = 0;
    int quantity = 0;
};

namespace occupancy {

// The most units in use at any one instant of `period` (half-open: a booking that ends when
// another starts never counts together with it). A sweep over start and end points.
int peak(std::span<const Occupancy> bookings, const Period &period);
inline int peak(const QList<Occupancy> &bookings, const Period &period)
{
    return peak(std::span<const Occupancy>(bookings.constData(), size_t(bookings.size())), period);
}

} // namespace occupancy
