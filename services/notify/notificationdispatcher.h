#pragma once

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class Clock;
class CommandExecutor;
class NotificationSink;
class ReaderPool;
class QTimer;
struct ChangeSet;
struct Notification;

// Delivers the notifications outbox. Lives on a network thread; every `pollInterval`, and
// whenever a command queued new notifications, it reads the due ones on a reader, hands each
// to its channel and records the outcome through the service thread. A failed attempt is
// retried later with exponential backoff, forever: nothing queued is ever dropped.
class NotificationDispatcher final : public QObject
{
    Q_OBJECT

public:
    NotificationDispatcher(CommandExecutor &executor, ReaderPool &readers, const Clock &clock,
                           QObject *parent = nullptr);
    ~NotificationDispatcher() override;

    // Takes ownership; one sink per channel.
    void addSink(std::unique_ptr<NotificationSink> sink);
    // Starts the timer; call on the dispatcher's thread.
    void start(int pollIntervalMs);

    static qint64 retryDelaySecs(int failedAttempts);

public Q_SLOTS:
    // Delivers whatever is due now; a round already running makes this a no-op.
    void deliverDue();

Q_SIGNALS:
    // One round is over: how many were delivered and how many failed.
    void roundFinished(int delivered, int failed);

private:
    void onChanged(const ChangeSet &changes);
    void send(const Notification &notification);
    void settle(bool delivered);
    void endRound();

    CommandExecutor &m_executor;
    ReaderPool &m_readers;
    const Clock &m_clock;
    QHash<int, NotificationSink *> m_sinksByChannel;
    std::vector<std::unique_ptr<NotificationSink>> m_sinks;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_again = false;
    int m_outstanding = 0;
    int m_delivered = 0;
    int m_failed = 0;
};
