#pragma once

#include "benchscale.h"
#include "dataset.h"

#include <QJsonObject>
#include <QRandomGenerator>

// Latency of the "what is free?" search a clerk runs before every booking: all resources
// with enough free units for a three-day period, asked through the public service API (a
// reader thread answers), over random periods of the whole booking history and future.
class AvailabilityBench final
{
public:
    static constexpr qint64 PeriodDays = 3;

    AvailabilityBench(const Dataset &dataset, const BenchScale &scale);

    Result<QJsonObject> run();

private:
    const Dataset &m_dataset;
    BenchScale m_scale;
    QRandomGenerator m_random;
};
