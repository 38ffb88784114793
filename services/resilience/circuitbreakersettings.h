#pragma once

#include "domain/result.h"

// How a CircuitBreaker judges its calls. Every default is the documented one (README,
// "Payments"); a shop changes them in its settings.
struct CircuitBreakerSettings final
{
    // The rolling window: the outcomes of the last this many calls decide.
    int windowCalls = 20;
    // Fewer calls than this in the window never open the breaker: two failures out of two
    // calls after a quiet night are not an outage.
    int minimumCalls = 10;
    // Opens when at least this share of the window's calls failed…
    int failureRatePercent = 50;
    // …or at least this share took longer than slowCallMs (a provider that answers, but too
    // slowly for a customer at the counter, is overloaded).
    int slowCallRatePercent = 50;
    int slowCallMs = 610;
    // Every call is given up after this long and counts as a failure.
    int callTimeoutMs = 2000;
    // How long an open breaker refuses every call before it lets probes through.
    int coolDownMs = 5000;
    // Half-open: this many probe calls; all succeed → closed, any fails → open again.
    int halfOpenProbes = 3;

    // A setting outside its range gets an error naming it, and the breaker keeps its old ones.
    Result<void> validate() const;
};
