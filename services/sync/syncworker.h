#pragma once

#include "sync/changelog.h"
#include "sync/synccommand.h"
#include "sync/syncsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class Backend;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The sync engine's work, on the engine's thread (see SyncEngine). One cycle: get a token if
// needed, push the outbox batch by batch, pull until the server has nothing more, then hold
// a long poll open until a change here (abort it and push) or there (apply it).
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(Backend &backend, SyncSettings settings);

    void start();
    void shutdown();

Q_SIGNALS:
    void statusChanged(const SyncStatus &status);
    void caughtUp();

private:
    using JsonHandler = std::function<void(const QJsonObject &)>;

    void runCycle();
    void requestToken();
    void pushNext();
    void applyAnswers(const QList<SyncCommand> &sent, const QJsonObject &body);
    void pullNext(bool longPoll);
    void applyPull(const changelog::Page &page, bool longPoll);
    void onLocalChange();
    void succeeded();
    void fail(const QString &why);
    void publish();
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs);
    void whenAnswered(QNetworkReply *reply, JsonHandler handler);

    Backend &m_backend;
    const SyncSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_retry = nullptr;
    QByteArray m_token; // memory only
    int m_retryMs;
    bool m_busy = false;      // a cycle is running
    bool m_again = false;     // something changed meanwhile: run another cycle
    bool m_stopping = false;
    QPointer<QNetworkReply> m_longPoll;
    SyncStatus m_status;
};
