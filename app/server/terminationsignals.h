#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal on the thread that created this object. A signal
// handler may do almost nothing, so it only writes the signal's number into a socket pair
// (the self-pipe trick) and a QSocketNotifier reads it from the event loop. One instance per
// process; the previous handlers come back when it is destroyed.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void onSignal(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
