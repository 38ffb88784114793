#pragma once

#include "benchscale.h"

#include <QJsonObject>

// breaker: what the circuit breaker adds to a payment call. closed_ns is a permit asked and
// an outcome recorded while closed (what every call pays); open_us is a call refused while
// open (how fast a counter learns to fall back). Both on the real monotonic clock.
class BreakerBench final
{
public:
    explicit BreakerBench(const BenchScale &scale) : m_scale(scale) {}

    QJsonObject run() const;

private:
    BenchScale m_scale;
};
