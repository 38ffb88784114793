#pragma once

#include "benchscale.h"
#include "dataset.h"

#include <QJsonObject>

// gui_stall: how long the GUI thread ever goes without running its event loop while the
// Bookings list is open and 100,000 bookings are imported through the storage layer on
// another thread (the list reloading as it would on change signals). Measured as the
// largest gap between ticks of a 1 ms timer; a frame is 16 ms.
class StallBench final
{
public:
    StallBench(const Dataset &dataset, const BenchScale &scale);

    Result<QJsonObject> run();

private:
    const Dataset &m_dataset;
    BenchScale m_scale;
};
