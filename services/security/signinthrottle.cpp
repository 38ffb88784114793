#include "security/signinthrottle.h"

#include <QMutexLocker>

#include <algorithm>
#include <chrono>

SignInThrottle::SignInThrottle(std::function<qint64()> nowMs) : m_nowMs(std::move(nowMs))
{
    if (!m_nowMs)
        m_nowMs = []() {
            return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count());
        };
}

QString SignInThrottle::key(const QString &username)
{
    return username.trimmed().toLower(); // the account service compares names this way too
}

std::optional<qint64> SignInThrottle::waitFor(const QString &username) const
{
    const qint64 now = m_nowMs();
    const QMutexLocker lock(&m_mutex);
    const auto found = m_failures.constFind(key(username));
    if (found == m_failures.cend() || found->blockedUntilMs <= now)
        return std::nullopt;
    return found->blockedUntilMs - now;
}

void SignInThrottle::failed(const QString &username)
{
    const qint64 now = m_nowMs();
    const QMutexLocker lock(&m_mutex);
    if (m_failures.size() >= MaxTrackedNames)
        forgetStale(now);
    Failures &failures = m_failures[key(username)];
    if (failures.count > 0 && now - failures.lastFailureMs > ForgetAfterMs)
        failures = {};
    failures.count = std::min(failures.count + 1, 16); // 2^15 s is far past the maximum
    failures.lastFailureMs = now;
    failures.blockedUntilMs = now + std::min(FirstDelayMs << (failures.count - 1), MaxDelayMs);
}

void SignInThrottle::succeeded(const QString &username)
{
    const QMutexLocker lock(&m_mutex);
    m_failures.remove(key(username));
}

void SignInThrottle::forgetStale(qint64 now)
{
    m_failures.removeIf(
        [now](QHash<QString, Failures>::iterator entry) { return now - entry->lastFailureMs > MaxDelayMs; });
    if (m_failures.size() >= MaxTrackedNames)
        m_failures.clear(); // a flood of names: forgetting beats running out of memory
}
