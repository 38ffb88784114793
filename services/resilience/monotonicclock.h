#pragma once

#include <QElapsedTimer>

#include <atomic>

// Milliseconds that only go forward, for timing calls and cool-downs: unlike the wall clock
// (Clock), it does not jump when the system time is set. Tests move a ManualMonotonicClock.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyClock final : public MonotonicClock
{
public:
    SteadyClock() { m_started.start(); }
    qint64 nowMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};

// Moves only when told to; safe to read from any thread.
class ManualMonotonicClock final : public MonotonicClock
{
public:
    qint64 nowMs() const override { return m_now.load(); }
    void advance(qint64 ms) { m_now += ms; }

private:
    std::atomic<qint64> m_now{0};
};
