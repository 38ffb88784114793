#pragma once

#include "resilience/circuitbreakersettings.h"
#include "resilience/monotonicclock.h"

#include <QMutex>

#include <optional>
#include <vector>

// Stops calling a provider that is failing or overloaded, so that a counter fails fast and
// falls back (a deferred payment) instead of making every customer wait for a timeout.
//
// Closed: calls go through; the outcomes of the last `windowCalls` are kept, and once there
// are at least `minimumCalls` of them, a failure rate or slow-call rate at its threshold
// opens the breaker. Open: every call is refused until `coolDownMs` have passed. Half-open:
// `halfOpenProbes` calls go through; if all succeed the breaker closes with an empty window,
// and the first failure or slow call opens it again. Thread-safe: one breaker guards one
// provider for every thread that calls it.
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    // Leave to make one call. Hand it back to record() when the call ended.
    struct Permit
    {
        quint64 generation = 0; // the breaker's state when the call began
        qint64 startedMs = 0;
    };

    struct Snapshot
    {
        State state = State::Closed;
        int windowCalls = 0;    // outcomes in the rolling window
        int windowFailures = 0;
        int windowSlow = 0;
        qint64 calls = 0;       // since the breaker was made
        qint64 failures = 0;
        qint64 slowCalls = 0;
        qint64 refused = 0;     // calls not let through
        qint64 opened = 0;      // how often it opened
        qint64 msUntilProbe = 0; // open: how long until it lets probes through
    };

    CircuitBreaker(const CircuitBreakerSettings &settings, const MonotonicClock &clock);

    // A permit, or nothing when the call must not be made (open, or every probe is out).
    std::optional<Permit> tryAcquire();
    // `succeeded`: the provider did its part, even if its answer was "no" (a declined card is
    // a success here; a timeout, a server error or an answer that makes no sense is not). A
    // call that ran past callTimeoutMs is a failure whatever it says.
    void record(const Permit &permit, bool succeeded);

    Snapshot snapshot() const;
    State state() const { return snapshot().state; }
    CircuitBreakerSettings settings() const;
    // Takes new settings if they are valid, and starts again closed with an empty window.
    Result<void> reconfigure(const CircuitBreakerSettings &settings);

    static QString stateKey(State state); // "closed", "open", "half_open": metrics, logs

private:
    void openLocked(qint64 nowMs);
    void closeLocked();
    void recordInWindowLocked(bool failed, bool slow);
    bool windowTripsLocked() const;

    const MonotonicClock &m_clock;
    mutable QMutex m_mutex;
    CircuitBreakerSettings m_settings;
    State m_state = State::Closed;
    quint64 m_generation = 0; // moves on at every change of state
    qint64 m_openedAtMs = 0;
    int m_probesOut = 0;
    int m_probeSuccesses = 0;

    // The rolling window: one entry per call, oldest overwritten first.
    struct Outcome
    {
        bool failed = false;
        bool slow = false;
    };
    std::vector<Outcome> m_window;
    int m_windowNext = 0;
    int m_windowCount = 0;
    int m_windowFailures = 0;
    int m_windowSlow = 0;

    qint64 m_calls = 0;
    qint64 m_failures = 0;
    qint64 m_slowCalls = 0;
    qint64 m_refused = 0;
    qint64 m_opened = 0;
};
