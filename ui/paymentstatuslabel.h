#pragma once

#include "resilience/circuitbreaker.h"

#include <QLabel>

class QTimer;

// The status bar's line about card payments, for the manager: "Card payments: working",
// "Card payments paused: the provider is failing (next try in 4 s)" or "Card payments: trying
// the provider again"; the tooltip has the breaker's counters. It reads the breaker's state
// (a few numbers behind a mutex, no I/O) once a second on the GUI thread.
class PaymentStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    PaymentStatusLabel(const CircuitBreaker &breaker, QWidget *parent = nullptr);

    static QString describe(const CircuitBreaker::Snapshot &snapshot);
    static QString describeInFull(const CircuitBreaker::Snapshot &snapshot);

    // Reads the breaker now (the timer does it every second).
    void refresh();

private:
    const CircuitBreaker &m_breaker;
    QTimer *m_timer;
};
