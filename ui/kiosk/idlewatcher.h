#pragma once

#include <QObject>

class QTimer;

// Notices when nobody has touched the kiosk for a while. Any key, mouse, wheel or touch event
// anywhere in the application (an event filter on qApp) starts the count again. After
// `idleSeconds - countdownSeconds` it counts down visibly (countdown), and at zero it says
// timedOut once. A one-second timer calls tick(); tests call tick() themselves.
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(int idleSeconds, int countdownSeconds, QObject *parent = nullptr);

    // While disarmed (the welcome screen, with nothing typed) nothing counts.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    // One second without a touch has passed.
    void tick();
    void reset();
    int idleSeconds() const { return m_idle; }
    // The seconds left of the countdown, or -1 when it is not showing.
    int secondsLeft() const;

Q_SIGNALS:
    // Shown from the first second of the countdown; -1 hides it again.
    void countdown(int secondsLeft);
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_limit;
    int m_countdown;
    int m_idle = 0;
    bool m_armed = false;
    QTimer *m_timer = nullptr;
};
