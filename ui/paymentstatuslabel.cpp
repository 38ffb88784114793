#include "paymentstatuslabel.h"

#include <QTimer>

namespace {
constexpr int RefreshMs = 1000;
}

PaymentStatusLabel::PaymentStatusLabel(const CircuitBreaker &breaker, QWidget *parent)
    : QLabel(parent), m_breaker(breaker), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("paymentStatus"));
    setAccessibleName(tr("Card payments"));
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &PaymentStatusLabel::refresh);
    m_timer->start();
    refresh();
}

void PaymentStatusLabel::refresh()
{
    const CircuitBreaker::Snapshot snapshot = m_breaker.snapshot();
    setText(describe(snapshot));
    setToolTip(describeInFull(snapshot));
}

QString PaymentStatusLabel::describe(const CircuitBreaker::Snapshot &snapshot)
{
    // Worked out before tr(): lupdate's parser hangs on a template argument list inside it.
    const int seconds = int(std::max(qint64(1), (snapshot.msUntilProbe + 999) / 1000));
    switch (snapshot.state) {
    case CircuitBreaker::State::Closed:
        return tr("Card payments: working");
    case CircuitBreaker::State::Open:
        return tr("Card payments paused: the provider is failing (next try in %n s)", nullptr, seconds);
    case CircuitBreaker::State::HalfOpen:
        return tr("Card payments: trying the provider again");
    }
    return {};
}

QString PaymentStatusLabel::describeInFull(const CircuitBreaker::Snapshot &snapshot)
{
    QStringList lines{describe(snapshot)};
    if (snapshot.state == CircuitBreaker::State::Open)
        lines << tr("Card payments made now are kept as \"to pay later\".");
    lines << tr("Recent calls: %1, of which %2 failed and %3 were slow.")
                 .arg(snapshot.windowCalls)
                 .arg(snapshot.windowFailures)
                 .arg(snapshot.windowSlow)
          << tr("Since the start: %1 calls, %2 failed, %3 slow, %4 refused while paused; paused %n time(s).",
                nullptr, int(snapshot.opened))
                 .arg(snapshot.calls)
                 .arg(snapshot.failures)
                 .arg(snapshot.slowCalls)
                 .arg(snapshot.refused);
    return lines.join(u'\n');
}
