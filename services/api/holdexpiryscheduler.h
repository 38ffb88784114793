#pragma once

#include <QObject>

class QTimer;
class ReservationService;

// Runs the hold-expiry policy every `intervalMs`: unpaid holds whose time ran out are
// expired on the service thread and their capacity released. The timer only submits the
// command; it never waits for it.
class HoldExpiryScheduler final : public QObject
{
    Q_OBJECT

public:
    HoldExpiryScheduler(ReservationService &reservations, int intervalMs, QObject *parent = nullptr);

Q_SIGNALS:
    void holdsExpired(int count);

private:
    void runOnce();

    ReservationService &m_reservations;
    QTimer *m_timer;
    bool m_running = false;
};
