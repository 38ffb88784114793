#include "resilience/circuitbreaker.h"

#include "storage/logging.h"

CircuitBreaker::CircuitBreaker(const CircuitBreakerSettings &settings, const MonotonicClock &clock)
    : m_clock(clock), m_settings(settings)
{
    Q_ASSERT(settings.validate().ok());
    m_window.resize(size_t(m_settings.windowCalls));
}

std::optional<CircuitBreaker::Permit> CircuitBreaker::tryAcquire()
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    if (m_state == State::Open) {
        if (now - m_openedAtMs < m_settings.coolDownMs) {
            ++m_refused;
            return std::nullopt;
        }
        m_state = State::HalfOpen;
        ++m_generation;
        m_probesOut = 0;
        m_probeSuccesses = 0;
        qCInfo(lcPayments) << "circuit breaker half-open: letting" << m_settings.halfOpenProbes << "probes through";
    }
    if (m_state == State::HalfOpen) {
        if (m_probesOut >= m_settings.halfOpenProbes) {
            ++m_refused;
            return std::nullopt;
        }
        ++m_probesOut;
    }
    return Permit{m_generation, now};
}

void CircuitBreaker::record(const Permit &permit, bool succeeded)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    const qint64 elapsed = now - permit.startedMs;
    const bool failed = !succeeded || elapsed > m_settings.callTimeoutMs;
    const bool slow = elapsed > m_settings.slowCallMs;
    ++m_calls;
    m_failures += failed ? 1 : 0;
    m_slowCalls += slow ? 1 : 0;
    // A call that began in an earlier state says nothing about the provider now.
    if (permit.generation != m_generation)
        return;
    if (m_state == State::HalfOpen) {
        if (failed || slow) {
            openLocked(now);
        } else if (++m_probeSuccesses >= m_settings.halfOpenProbes) {
            closeLocked();
        }
        return;
    }
    if (m_state != State::Closed)
        return;
    recordInWindowLocked(failed, slow);
    if (windowTripsLocked())
        openLocked(now);
}

CircuitBreaker::Snapshot CircuitBreaker::snapshot() const
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    Snapshot s;
    s.state = m_state;
    s.windowCalls = m_windowCount;
    s.windowFailures = m_windowFailures;
    s.windowSlow = m_windowSlow;
    s.calls = m_calls;
    s.failures = m_failures;
    s.slowCalls = m_slowCalls;
    s.refused = m_refused;
    s.opened = m_opened;
    s.msUntilProbe = m_state == State::Open ? std::max<qint64>(0, m_openedAtMs + m_settings.coolDownMs - now) : 0;
    return s;
}

CircuitBreakerSettings CircuitBreaker::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

Result<void> CircuitBreaker::reconfigure(const CircuitBreakerSettings &settings)
{
    RD_TRY(settings.validate());
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
    m_window.assign(size_t(settings.windowCalls), Outcome{});
    closeLocked();
    return {};
}

QString CircuitBreaker::stateKey(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

void CircuitBreaker::openLocked(qint64 nowMs)
{
    qCWarning(lcPayments) << "circuit breaker open for" << m_settings.coolDownMs << "ms: failed" << m_windowFailures
                    << "slow" << m_windowSlow << "of" << m_windowCount << "calls";
    m_state = State::Open;
    ++m_generation;
    ++m_opened;
    m_openedAtMs = nowMs;
}

void CircuitBreaker::closeLocked()
{
    if (m_state != State::Closed)
        qCInfo(lcPayments) << "circuit breaker closed";
    m_state = State::Closed;
    ++m_generation;
    m_windowNext = 0;
    m_windowCount = 0;
    m_windowFailures = 0;
    m_windowSlow = 0;
}

void CircuitBreaker::recordInWindowLocked(bool failed, bool slow)
{
    Outcome &slot = m_window[size_t(m_windowNext)];
    if (m_windowCount == int(m_window.size())) { // full: the oldest outcome leaves
        m_windowFailures -= slot.failed ? 1 : 0;
        m_windowSlow -= slot.slow ? 1 : 0;
    } else {
        ++m_windowCount;
    }
    slot = Outcome{failed, slow};
    m_windowFailures += failed ? 1 : 0;
    m_windowSlow += slow ? 1 : 0;
    m_windowNext = (m_windowNext + 1) % int(m_window.size());
}

bool CircuitBreaker::windowTripsLocked() const
{
    if (m_windowCount < m_settings.minimumCalls)
        return false;
    return m_windowFailures * 100 >= m_settings.failureRatePercent * m_windowCount
           || m_windowSlow * 100 >= m_settings.slowCallRatePercent * m_windowCount;
}
