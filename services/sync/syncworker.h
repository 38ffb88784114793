#pragma once

#include "sync/changelog.h"
#include "sync/outbox.h"
#include "sync/synccommand.h"
#include "sync/syncsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>

class Backend;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The sync engine's work, on the engine's thread (see SyncEngine). One cycle: get a token if
// needed, push the outbox batch by batch, pull until the server has nothing more, then hold
// a long poll open until a change here (abort it and push) or there (apply it). Neither
// direction waits for the round trip: a batch goes out while the one before it is still on
// its way (see Push), and a page is asked for while the one before it is applied (see Ahead).
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(Backend &backend, SyncSettings settings);

    void start();
    void shutdown();
    void syncNow();
    // Syncs as the account a token was issued to (a counter that joined the server at its
    // first start), from now on.
    void useToken(const QByteArray &token);

Q_SIGNALS:
    void statusChanged(const SyncStatus &status);
    void caughtUp();

private:
    using JsonHandler = std::function<void(const QJsonObject &)>;
    using FailHandler = std::function<void(const QString &why, const QString &code)>;

    // The page after the one being applied, asked for as soon as that one arrived and said
    // `more`: the server answers it while this counter applies, instead of one after the
    // other. Only ever one, never a long poll; applied only after the page before it.
    struct Ahead
    {
        QPointer<QNetworkReply> reply; // until it is answered
        std::optional<changelog::Page> page;
        std::optional<QString> failure;
        bool awaited = false; // the page before is applied: apply this one once it is here
    };

    // A batch of the outbox sent to the server, until its answers are stored here. The next
    // batch goes out before this one is answered and names its last command (`follows`), so
    // the server never applies it first; answers are stored in the order the batches left.
    struct Push
    {
        QList<SyncCommand> sent;
        qint64 lastSeq = 0; // the outbox position of the last command sent
        QPointer<QNetworkReply> reply;
        std::optional<QJsonObject> answer;
    };

    void runCycle();
    void requestToken();
    void pushNext();
    void sendPush(const outbox::Batch &batch);
    void onPushAnswered(QNetworkReply *reply, const QJsonObject &answer);
    void onPushFailed(QNetworkReply *reply, const QString &why, const QString &code);
    void storeAnswers();
    void dropPushesFrom(std::size_t index);
    void pullNext(bool longPoll);
    QNetworkReply *sendPull(qint64 after, bool longPoll);
    void applyPull(const changelog::Page &page, bool longPoll);
    void fetchAhead(qint64 after);
    void applyAhead();
    void dropAhead();
    void onLocalChange();
    void succeeded();
    void fail(const QString &why);
    void publish();
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs);
    // Calls `handler` with the answer; on failure `failed`, or fail() when none is given.
    void whenAnswered(QNetworkReply *reply, JsonHandler handler, FailHandler failed = {});

    Backend &m_backend;
    const SyncSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_retry = nullptr;
    QByteArray m_token; // memory only
    int m_retryMs;
    bool m_busy = false;      // a cycle is running
    bool m_again = false;     // something changed meanwhile: run another cycle
    bool m_stopping = false;
    std::deque<Push> m_pushes; // oldest first, at most PushWindow
    qint64 m_sentThrough = 0;  // the outbox position of the last command sent
    bool m_readingOutbox = false;
    bool m_storingAnswers = false;
    quint64 m_round = 0; // fail() starts a new one: work of an earlier round is dropped
    QPointer<QNetworkReply> m_longPoll;
    std::optional<Ahead> m_ahead;
    SyncStatus m_status;
};
