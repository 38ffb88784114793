#include "breakerbench.h"

#include "benchreport.h"
#include "resilience/circuitbreaker.h"

#include <QElapsedTimer>

QJsonObject BreakerBench::run() const
{
    SteadyClock clock;
    CircuitBreaker breaker(CircuitBreakerSettings{}, clock);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < m_scale.breakerCalls; ++i) {
        const auto permit = breaker.tryAcquire();
        if (permit)
            breaker.record(*permit, true);
    }
    const double closedNs = double(timer.nsecsElapsed()) / m_scale.breakerCalls;
    const qint64 calls = breaker.snapshot().calls;

    // Open it the way an outage does: failures until the window trips.
    while (breaker.state() == CircuitBreaker::State::Closed) {
        const auto permit = breaker.tryAcquire();
        if (permit)
            breaker.record(*permit, false);
    }
    int refused = 0;
    timer.start();
    for (int i = 0; i < m_scale.breakerCalls; ++i)
        refused += breaker.tryAcquire() ? 0 : 1;
    const double openUs = double(timer.nsecsElapsed()) / 1000.0 / m_scale.breakerCalls;

    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("breaker")},
        {QStringLiteral("closed_ns"), BenchReport::rounded(closedNs, 1)},
        {QStringLiteral("open_us"), BenchReport::rounded(openUs, 4)},
        {QStringLiteral("calls"), calls},     // every closed call went through…
        {QStringLiteral("refused"), refused}, // …and every open one was refused
    };
}
