#include "sync/syncworker.h"

#include "api/backend.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "storage/metavalues.h"
#include "sync/clientsync.h"
#include "sync/outbox.h"
#include "sync/syncwire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr int RequestTimeoutMs = 30'000;
constexpr int LongPollGraceMs = 10'000;

qint64 orZero(const Result<qint64> &value)
{
    return value ? value.value() : 0;
}

struct Counts
{
    qint64 pending = 0;
    qint64 conflicts = 0;
    qint64 lastSuccess = 0;
};

} // namespace

SyncWorker::SyncWorker(Backend &backend, SyncSettings settings)
    : m_backend(backend), m_settings(std::move(settings)), m_token(m_settings.token.toUtf8()),
      m_retryMs(m_settings.firstRetryMs)
{
}

void SyncWorker::start()
{
    m_network = new QNetworkAccessManager(this);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncWorker::runCycle);
    connect(&m_backend.executor(), &CommandExecutor::changed, this, &SyncWorker::onLocalChange);
    runCycle();
}

void SyncWorker::shutdown()
{
    m_stopping = true;
    m_retry->stop();
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void SyncWorker::runCycle()
{
    if (m_stopping)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    if (m_token.isEmpty())
        requestToken();
    else
        pushNext();
}

void SyncWorker::requestToken()
{
    const QJsonObject body{{QStringLiteral("username"), m_settings.username},
                           {QStringLiteral("password"), m_settings.password},
                           {QStringLiteral("device"), m_settings.device}};
    whenAnswered(send("POST", QStringLiteral("/api/v1/auth/token"), body, RequestTimeoutMs),
                 [this](const QJsonObject &answer) {
                     m_token = answer.value(QStringLiteral("token")).toString().toUtf8();
                     pushNext();
                 });
}

void SyncWorker::pushNext()
{
    const int batch = m_settings.pushBatch;
    m_backend.readers()
        .read<Result<QList<SyncCommand>>>([batch](const QSqlDatabase &db) { return outbox::oldest(db, batch); })
        .then(this, [this](const Result<QList<SyncCommand>> &commands) {
            if (!commands)
                return fail(commands.error().message);
            if (commands->isEmpty())
                return pullNext(false);
            QJsonArray list;
            for (const SyncCommand &command : commands.value())
                list.append(syncwire::toJson(command));
            const QJsonObject body{{QStringLiteral("device"), m_settings.device}, {QStringLiteral("commands"), list}};
            whenAnswered(send("POST", QStringLiteral("/api/v1/sync/push"), body, RequestTimeoutMs),
                         [this, sent = commands.value()](const QJsonObject &answer) { applyAnswers(sent, answer); });
        });
}

void SyncWorker::applyAnswers(const QList<SyncCommand> &sent, const QJsonObject &body)
{
    QList<SyncAnswer> answers;
    const QJsonArray list = body.value(QStringLiteral("answers")).toArray();
    for (const QJsonValue &value : list)
        answers.append(syncwire::answerFromJson(value.toObject()));
    if (answers.size() != sent.size()) // a confused server: retry later, never in a tight loop
        return fail(QCoreApplication::translate("Sync", "The server did not answer every change sent to it."));
    m_backend.executor()
        .execute<int>([sent, answers](CommandContext &context) { return clientsync::applyAnswers(context, sent, answers); })
        .then(this, [this](const Result<int> &applied) {
            if (!applied)
                return fail(applied.error().message);
            succeeded();
            pushNext();
        });
}

void SyncWorker::pullNext(bool longPoll)
{
    m_backend.readers()
        .read<Result<qint64>>([](const QSqlDatabase &db) { return clientsync::cursor(db); })
        .then(this, [this, longPoll](const Result<qint64> &cursor) {
            if (!cursor)
                return fail(cursor.error().message);
            if (longPoll && m_again) { // a change here came while the cursor was read
                m_again = false;
                return pushNext();
            }
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("after"), QString::number(cursor.value()));
            query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pullLimit));
            query.addQueryItem(QStringLiteral("wait"), QString::number(longPoll ? m_settings.longPollMs : 0));
            const int timeout = RequestTimeoutMs + (longPoll ? m_settings.longPollMs + LongPollGraceMs : 0);
            QNetworkReply *reply = send("GET", QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded),
                                        {}, timeout);
            if (longPoll) {
                m_longPoll = reply;
                m_busy = false; // a local change may start a push meanwhile (aborting this poll)
            }
            whenAnswered(reply, [this, longPoll](const QJsonObject &answer) {
                applyPull(syncwire::pageFromJson(answer), longPoll);
            });
        });
}

void SyncWorker::applyPull(const changelog::Page &page, bool longPoll)
{
    if (longPoll)
        m_busy = true;
    m_backend.executor()
        .execute<bool>([page](CommandContext &context) -> Result<bool> {
            RD_TRY(clientsync::applyPull(context, page));
            return true;
        })
        .then(this, [this, more = page.more](const Result<bool> &applied) {
            if (!applied)
                return fail(applied.error().message);
            succeeded();
            if (more)
                return pullNext(false);
            if (m_again) {
                m_again = false;
                return pushNext();
            }
            Q_EMIT caughtUp();
            pullNext(true);
        });
}

void SyncWorker::onLocalChange()
{
    if (m_longPoll && m_longPoll->isRunning()) {
        m_longPoll->abort(); // its handler starts a new cycle, which pushes the change
        return;
    }
    if (m_busy)
        m_again = true;
    else if (!m_retry->isActive())
        runCycle();
}

void SyncWorker::succeeded()
{
    m_retryMs = m_settings.firstRetryMs;
    m_status.online = true;
    m_status.lastError.clear();
    publish();
}

void SyncWorker::fail(const QString &why)
{
    m_busy = false;
    if (m_stopping)
        return;
    m_status.online = false;
    m_status.lastError = why;
    publish();
    m_retry->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_settings.maxRetryMs);
}

void SyncWorker::publish()
{
    m_backend.readers()
        .read<Counts>([](const QSqlDatabase &db) {
            return Counts{orZero(outbox::count(db)), orZero(clientsync::conflictCount(db)),
                          orZero(metavalues::read(db, QStringLiteral("sync_last_success")))};
        })
        .then(this, [this](const Counts &counts) {
            m_status.pending = counts.pending;
            m_status.conflicts = counts.conflicts;
            m_status.lastSuccess = counts.lastSuccess;
            Q_EMIT statusChanged(m_status);
        });
}

QNetworkReply *SyncWorker::send(const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs)
{
    QUrl url = m_settings.server.resolved(QUrl(path.section(QLatin1Char('?'), 0, 0)));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_network->sendCustomRequest(request, method, payload);
}

void SyncWorker::whenAnswered(QNetworkReply *reply, JsonHandler handler)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)]() {
        reply->deleteLater();
        if (reply == m_longPoll)
            m_longPoll.clear();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            if (m_stopping)
                return;
            // Our own long poll, cut short because a change here waits to be pushed.
            m_busy = false;
            return runCycle();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 401 && !m_settings.password.isEmpty())
            m_token.clear(); // expired or revoked: sign in again on the next try
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            const QString code = body.value(QStringLiteral("code")).toString();
            return fail(code.isEmpty() ? reply->errorString() : code + QStringLiteral(": ")
                                                                    + body.value(QStringLiteral("detail")).toString());
        }
        handler(body);
    });
}
