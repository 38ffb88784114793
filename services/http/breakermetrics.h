#pragma once

#include <QString>

class ApiMetrics;
class CircuitBreaker;

// A circuit breaker's state and counters as /metrics gauges named `<prefix>_state` (0 closed,
// 1 open, 2 half-open), `<prefix>_calls`, `_failures`, `_slow_calls`, `_refused`, `_opened`
// (since start) and `<prefix>_window_calls`, `_window_failures`, `_window_slow_calls`.
namespace breakermetrics {

void add(ApiMetrics &metrics, const CircuitBreaker &breaker, const QString &prefix);

} // namespace breakermetrics
