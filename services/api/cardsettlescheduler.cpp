#include "api/cardsettlescheduler.h"

#include "api/cardpayments.h"
#include "storage/logging.h"

#include <QTimer>

CardSettleScheduler::CardSettleScheduler(CardPayments &cards, int intervalMs, QObject *parent)
    : QObject(parent), m_cards(cards), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &CardSettleScheduler::runOnce);
    m_timer->start(intervalMs);
}

void CardSettleScheduler::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    m_cards.settleDue().then(this, [this](const Result<int> &settled) {
        m_running = false;
        if (!settled)
            qCWarning(lcServices) << "settling card payments failed:" << settled.error().message;
    });
}
