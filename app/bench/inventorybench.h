#pragma once

#include "benchscale.h"
#include "dataset.h"

#include <QJsonObject>
#include <QRandomGenerator>

// The Inventory list at full scale: one page of 200 resources as the screen loads it (the
// resources in name order from a random place, and what each is doing now from its open
// bookings), timed from the call to the answer on the reader thread.
class InventoryBench final
{
public:
    InventoryBench(const Dataset &dataset, const BenchScale &scale);
    Result<QJsonObject> run();

private:
    const Dataset &m_dataset;
    BenchScale m_scale;
    QRandomGenerator m_random;
};
