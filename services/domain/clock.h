#pragma once

#include <QDateTime>

#include <atomic>

// Where "now" comes from. Policies with deadlines (hold expiry, notification retries) read
// the clock they were given, so tests can move time forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowSecs() const = 0;
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowSecs() const override { return QDateTime::currentSecsSinceEpoch(); }
};

// A clock that only moves when told to; safe to read from any thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startSecs) : m_now(startSecs) {}
    qint64 nowSecs() const override { return m_now.load(); }
    void advance(qint64 seconds) { m_now += seconds; }
    void set(qint64 secs) { m_now = secs; }

private:
    std::atomic<qint64> m_now;
};
