#include "http/breakermetrics.h"

#include "http/apimetrics.h"
#include "resilience/circuitbreaker.h"

namespace breakermetrics {

void add(ApiMetrics &metrics, const CircuitBreaker &breaker, const QString &prefix)
{
    using Snapshot = CircuitBreaker::Snapshot;
    const auto gauge = [&](const char *name, const char *help, double (*read)(const Snapshot &)) {
        metrics.addGauge(prefix + QLatin1StringView(name), QLatin1StringView(help),
                         [&breaker, read]() { return read(breaker.snapshot()); });
    };
    gauge("_state", "The payment circuit breaker: 0 closed, 1 open, 2 half-open.",
          [](const Snapshot &s) { return double(s.state); });
    gauge("_calls", "Payment calls that went through the breaker since the start.",
          [](const Snapshot &s) { return double(s.calls); });
    gauge("_failures", "Payment calls that failed (errors, nonsense answers, timeouts).",
          [](const Snapshot &s) { return double(s.failures); });
    gauge("_slow_calls", "Payment calls slower than the slow-call limit.",
          [](const Snapshot &s) { return double(s.slowCalls); });
    gauge("_refused", "Payment calls refused because the breaker was open.",
          [](const Snapshot &s) { return double(s.refused); });
    gauge("_opened", "How often the breaker opened.", [](const Snapshot &s) { return double(s.opened); });
    gauge("_window_calls", "Calls in the breaker's rolling window.",
          [](const Snapshot &s) { return double(s.windowCalls); });
    gauge("_window_failures", "Failed calls in the rolling window.",
          [](const Snapshot &s) { return double(s.windowFailures); });
    gauge("_window_slow_calls", "Slow calls in the rolling window.",
          [](const Snapshot &s) { return double(s.windowSlow); });
}

} // namespace breakermetrics
