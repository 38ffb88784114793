#include "notify/notificationdispatcher.h"

#include "core/commandcontext.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "domain/clock.h"
#include "notify/notificationsink.h"
#include "storage/logging.h"
#include "storage/notificationrepository.h"

#include <QTimer>

namespace {
constexpr int BatchSize = 100;
constexpr qint64 FirstRetrySecs = 10;
constexpr qint64 LongestRetrySecs = 60 * 60;
} // namespace

NotificationDispatcher::NotificationDispatcher(CommandExecutor &executor, ReaderPool &readers,
                                               const Clock &clock, QObject *parent)
    : QObject(parent), m_executor(executor), m_readers(readers), m_clock(clock)
{
    connect(&m_executor, &CommandExecutor::changed, this, &NotificationDispatcher::onChanged);
}

NotificationDispatcher::~NotificationDispatcher() = default;

void NotificationDispatcher::addSink(std::unique_ptr<NotificationSink> sink)
{
    m_sinksByChannel.insert(int(sink->channel()), sink.get());
    m_sinks.push_back(std::move(sink));
}

void NotificationDispatcher::start(int pollIntervalMs)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &NotificationDispatcher::deliverDue);
    m_timer->start(pollIntervalMs);
    deliverDue();
}

qint64 NotificationDispatcher::retryDelaySecs(int failedAttempts)
{
    qint64 delay = FirstRetrySecs;
    for (int i = 1; i < failedAttempts && delay < LongestRetrySecs; ++i)
        delay *= 2;
    return std::min(delay, LongestRetrySecs);
}

void NotificationDispatcher::onChanged(const ChangeSet &changes)
{
    if (!changes.notifications.isEmpty())
        deliverDue();
}

void NotificationDispatcher::deliverDue()
{
    if (m_running) {
        m_again = true; // something new arrived during the round: look once more after it
        return;
    }
    m_running = true;
    m_again = false;
    m_delivered = m_failed = 0;
    const qint64 now = m_clock.nowSecs();
    m_readers
        .read<Result<QList<Notification>>>([now](const QSqlDatabase &db) {
            return notificationrepository::due(db, now, BatchSize);
        })
        .then(this, [this](const Result<QList<Notification>> &due) {
            if (!due) {
                qCWarning(lcNotify) << "cannot read the outbox:" << due.error().message;
                endRound();
                return;
            }
            m_outstanding = int(due->size());
            if (m_outstanding == 0) {
                endRound();
                return;
            }
            for (const Notification &n : due.value())
                send(n);
        });
}

void NotificationDispatcher::send(const Notification &notification)
{
    NotificationSink *sink = m_sinksByChannel.value(int(notification.channel));
    if (!sink) {
        settle(false); // the channel is not configured here: it stays pending
        return;
    }
    const QUuid id = notification.id;
    const int attempts = notification.attempts;
    sink->deliver(notification, [this, id, attempts](Result<void> sent) {
        const qint64 nextAttempt = m_clock.nowSecs() + retryDelaySecs(attempts + 1);
        const QString error = sent ? QString() : sent.error().message;
        m_executor
            .execute<bool>([id, error, nextAttempt, ok = sent.ok()](CommandContext &c) -> Result<bool> {
                if (ok)
                    RD_TRY(notificationrepository::markDelivered(c.db, id));
                else
                    RD_TRY(notificationrepository::markAttemptFailed(c.db, id, error, nextAttempt));
                // Not reported as a change: only newly queued messages start a round.
                return ok;
            })
            .then(this, [this](const Result<bool> &recorded) { settle(recorded.ok() && recorded.value()); });
    });
}

void NotificationDispatcher::settle(bool delivered)
{
    delivered ? ++m_delivered : ++m_failed;
    if (--m_outstanding == 0)
        endRound();
}

void NotificationDispatcher::endRound()
{
    m_running = false;
    Q_EMIT roundFinished(m_delivered, m_failed);
    if (m_again)
        deliverDue();
}
