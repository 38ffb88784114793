#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(int idleSeconds, int countdownSeconds, QObject *parent)
    : QObject(parent), m_limit(std::max(1, idleSeconds)), m_countdown(std::clamp(countdownSeconds, 0, m_limit)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::tick);
    m_timer->start();
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setArmed(bool armed)
{
    m_armed = armed;
    reset();
}

void IdleWatcher::tick()
{
    if (!m_armed)
        return;
    ++m_idle;
    if (m_idle >= m_limit) {
        reset();
        Q_EMIT timedOut();
        return;
    }
    if (const int left = secondsLeft(); left >= 0)
        Q_EMIT countdown(left);
}

void IdleWatcher::reset()
{
    const bool wasCounting = secondsLeft() >= 0;
    m_idle = 0;
    if (wasCounting)
        Q_EMIT countdown(-1);
}

int IdleWatcher::secondsLeft() const
{
    if (!m_armed || m_idle < m_limit - m_countdown)
        return -1;
    return m_limit - m_idle;
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (m_idle != 0)
            reset();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}
