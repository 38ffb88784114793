#pragma once

#include <QObject>

class CardPayments;
class QTimer;

// Settles due card work every `intervalMs`: deferred charges are tried again (while the
// provider's circuit breaker is open the first call fails at once and the round stops; once
// the cool-down is over that call is the breaker's probe), lost charges are looked up, and
// pending refunds retried. The timer only starts a round; it never waits for one.
class CardSettleScheduler final : public QObject
{
    Q_OBJECT

public:
    CardSettleScheduler(CardPayments &cards, int intervalMs, QObject *parent = nullptr);

private:
    void runOnce();

    CardPayments &m_cards;
    QTimer *m_timer;
    bool m_running = false;
};
