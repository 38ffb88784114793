#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

// Slows down password guessing, per user name, in memory: after a failed sign-in the next
// attempt for that name must wait 1 s, then 2, 4, … up to 30 s; a success forgets the name.
// Attempts made too early are refused without checking the password at all. Safe to call
// from any thread (sign-ins finish on reader threads).
class SignInThrottle final
{
public:
    static constexpr qint64 FirstDelayMs = 1'000;
    static constexpr qint64 MaxDelayMs = 30'000;
    // A name that has not failed for this long starts over at the first delay.
    static constexpr qint64 ForgetAfterMs = 15 * 60'000;
    // Bounds the memory an attacker trying many names can use.
    static constexpr int MaxTrackedNames = 10'000;

    // `nowMs` is a monotonic clock in milliseconds; the default is the process's steady clock.
    explicit SignInThrottle(std::function<qint64()> nowMs = {});

    // How long (ms) the caller must still wait before trying `username`; none when it may try.
    std::optional<qint64> waitFor(const QString &username) const;
    void failed(const QString &username);
    void succeeded(const QString &username);

private:
    struct Failures
    {
        int count = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
    };
    static QString key(const QString &username);
    void forgetStale(qint64 now);

    std::function<qint64()> m_nowMs;
    mutable QMutex m_mutex;
    QHash<QString, Failures> m_failures;
};
