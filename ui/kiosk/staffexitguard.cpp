#include "staffexitguard.h"

#include "kiosklogging.h"

#include <QElapsedTimer>

namespace {

// Compares every character, so the time taken does not tell how much of the PIN was right.
bool samePin(const QString &typed, const QString &pin)
{
    if (typed.size() != pin.size())
        return false;
    int difference = 0;
    for (qsizetype i = 0; i < pin.size(); ++i)
        difference |= typed.at(i).unicode() ^ pin.at(i).unicode();
    return difference == 0;
}

} // namespace

StaffExitGuard::StaffExitGuard(QString staffPin, QObject *parent) : QObject(parent), m_pin(std::move(staffPin))
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer]() { return timer->elapsed(); };
    if (m_pin.isEmpty())
        qCWarning(lcKiosk) << "no staff PIN is set: staff cannot leave kiosk mode from the screen";
}

void StaffExitGuard::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void StaffExitGuard::tap()
{
    const qint64 at = now();
    m_taps.append(at);
    while (!m_taps.isEmpty() && at - m_taps.constFirst() > TapWindowMs)
        m_taps.removeFirst();
    if (m_taps.size() >= TapsToOpen) {
        m_taps.clear();
        Q_EMIT pinRequested();
    }
}

StaffExitGuard::Answer StaffExitGuard::tryPin(const QString &pin)
{
    if (msUntilNextTry() > 0) {
        qCWarning(lcKiosk) << "staff PIN refused: typed again before the wait after a wrong one was over";
        return Answer::TooSoon;
    }
    if (!m_pin.isEmpty() && samePin(pin, m_pin)) {
        qCInfo(lcKiosk) << "staff PIN accepted after" << m_wrong << "wrong attempt(s)";
        m_wrong = 0;
        m_lockedUntil = 0;
        return Answer::Accepted;
    }
    ++m_wrong;
    const qint64 delay = std::min(MaxDelayMs, FirstDelayMs << std::min(m_wrong - 1, 20));
    m_lockedUntil = now() + delay;
    qCWarning(lcKiosk) << "wrong staff PIN, attempt" << m_wrong << "- next try accepted in" << delay << "ms";
    return Answer::Wrong;
}

qint64 StaffExitGuard::lockedUntil() const
{
    return msUntilNextTry() > 0 ? m_lockedUntil : 0;
}

qint64 StaffExitGuard::msUntilNextTry() const
{
    return std::max<qint64>(0, m_lockedUntil - now());
}
