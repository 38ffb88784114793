#pragma once

#include <QObject>

#include <functional>

// Guards the way out of kiosk mode. Staff tap the top-left corner five times within three
// seconds (or press the hidden key sequence) and type the staff PIN. Each wrong PIN doubles
// the wait before the next one is accepted (1 s, 2 s, 4 s, … up to 5 minutes) and is logged
// (never the PIN typed). The clock is injected so tests need not wait.
class StaffExitGuard final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr int TapsToOpen = 5;
    static constexpr qint64 TapWindowMs = 3000;
    static constexpr qint64 FirstDelayMs = 1000;
    static constexpr qint64 MaxDelayMs = 5 * 60 * 1000;

    enum class Answer { Accepted, Wrong, TooSoon };

    explicit StaffExitGuard(QString staffPin, QObject *parent = nullptr);

    void setClock(Clock clock);
    // A tap on the hidden corner; emits pinRequested on the fifth within the window.
    void tap();
    Answer tryPin(const QString &pin);
    // Until when (clock milliseconds) no PIN is accepted; 0 when one is.
    qint64 lockedUntil() const;
    qint64 msUntilNextTry() const;
    int wrongAttempts() const { return m_wrong; }

Q_SIGNALS:
    void pinRequested();

private:
    qint64 now() const { return m_clock(); }

    QString m_pin;
    Clock m_clock;
    QList<qint64> m_taps;
    int m_wrong = 0;
    qint64 m_lockedUntil = 0;
};
