#include "sync/syncworker.h"

#include "api/backend.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/ids.h"
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
// Batches on their way at once: two keep the server busy while this counter stores answers
// and the network carries the next batch; more would only queue on the server.
constexpr std::size_t PushWindow = 2;
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
    if (m_settings.username.isEmpty()) // a new counter, until staff join it to the server
        return fail(QCoreApplication::translate("Sync", "No server account yet: sign in with one on this counter's first start."));
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
    if (m_readingOutbox || m_pushes.size() >= PushWindow)
        return;
    m_readingOutbox = true;
    const qint64 after = m_sentThrough;
    const int limit = m_settings.pushBatch;
    m_backend.readers()
        .read<Result<outbox::Batch>>([after, limit](const QSqlDatabase &db) { return outbox::batchAfter(db, after, limit); })
        .then(this, [this, round = m_round, after](const Result<outbox::Batch> &batch) {
            if (round != m_round)
                return;
            m_readingOutbox = false;
            if (after != m_sentThrough) // the batches it would follow were dropped meanwhile
                return pushNext();
            if (!batch)
                return fail(batch.error().message);
            if (!batch->commands.isEmpty()) {
                sendPush(batch.value());
                return pushNext();
            }
            if (m_pushes.empty()) { // everything sent is answered: pull
                m_sentThrough = 0;
                pullNext(false);
            } // else storeAnswers() looks again once the batches on their way are answered
        });
}

void SyncWorker::sendPush(const outbox::Batch &batch)
{
    QJsonArray list;
    for (const SyncCommand &command : batch.commands)
        list.append(syncwire::toJson(command));
    QJsonObject body{{QStringLiteral("device"), m_settings.device}, {QStringLiteral("commands"), list}};
    if (!m_pushes.empty())
        body.insert(QStringLiteral("follows"), ids::toText(m_pushes.back().sent.constLast().id));
    QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/sync/push"), body, RequestTimeoutMs);
    m_pushes.push_back(Push{batch.commands, batch.lastSeq, reply, std::nullopt});
    m_sentThrough = batch.lastSeq;
    whenAnswered(
        reply, [this, reply](const QJsonObject &answer) { onPushAnswered(reply, answer); },
        [this, reply](const QString &why, const QString &code) { onPushFailed(reply, why, code); });
}

void SyncWorker::onPushAnswered(QNetworkReply *reply, const QJsonObject &answer)
{
    for (Push &push : m_pushes)
        if (push.reply == reply)
            push.answer = answer;
    storeAnswers();
}

void SyncWorker::onPushFailed(QNetworkReply *reply, const QString &why, const QString &code)
{
    const auto failed = std::find_if(m_pushes.begin(), m_pushes.end(), [reply](const Push &p) { return p.reply == reply; });
    if (code != QLatin1String("push_out_of_order") || failed == m_pushes.end())
        return fail(why);
    // It overtook the batch before it on the way: send it, and what followed it, once more
    // after that one is answered (storeAnswers() pushes on), or now if it already is.
    const auto index = std::size_t(failed - m_pushes.begin());
    dropPushesFrom(index);
    if (index == 0)
        pushNext();
}

void SyncWorker::storeAnswers()
{
    if (m_storingAnswers || m_pushes.empty() || !m_pushes.front().answer)
        return;
    const QList<SyncCommand> sent = m_pushes.front().sent;
    QList<SyncAnswer> answers;
    const QJsonArray list = m_pushes.front().answer->value(QStringLiteral("answers")).toArray();
    for (const QJsonValue &value : list)
        answers.append(syncwire::answerFromJson(value.toObject()));
    if (answers.size() != sent.size()) // a confused server: retry later, never in a tight loop
        return fail(QCoreApplication::translate("Sync", "The server did not answer every change sent to it."));
    m_storingAnswers = true;
    m_backend.executor()
        .execute<int>([sent, answers](CommandContext &context) { return clientsync::applyAnswers(context, sent, answers); })
        .then(this, [this, round = m_round](const Result<int> &applied) {
            if (round != m_round)
                return;
            m_storingAnswers = false;
            if (!applied)
                return fail(applied.error().message);
            m_pushes.pop_front();
            succeeded();
            storeAnswers(); // the next batch may be answered already
            pushNext();
        });
}

void SyncWorker::dropPushesFrom(std::size_t index)
{
    for (std::size_t i = index; i < m_pushes.size(); ++i) {
        if (QNetworkReply *reply = m_pushes[i].reply) {
            disconnect(reply, nullptr, this, nullptr); // its answer belongs to nothing any more
            reply->abort();
            reply->deleteLater();
        }
    }
    m_pushes.erase(m_pushes.begin() + std::ptrdiff_t(index), m_pushes.end());
    // Commands before the first batch kept were answered and left the outbox: start after them.
    m_sentThrough = m_pushes.empty() ? 0 : m_pushes.back().lastSeq;
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
            QNetworkReply *reply = sendPull(cursor.value(), longPoll);
            if (longPoll) {
                m_longPoll = reply;
                m_busy = false; // a local change may start a push meanwhile (aborting this poll)
            }
            whenAnswered(reply, [this, longPoll](const QJsonObject &answer) {
                applyPull(syncwire::pageFromJson(answer), longPoll);
            });
        });
}

QNetworkReply *SyncWorker::sendPull(qint64 after, bool longPoll)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pullLimit));
    query.addQueryItem(QStringLiteral("wait"), QString::number(longPoll ? m_settings.longPollMs : 0));
    const int timeout = RequestTimeoutMs + (longPoll ? m_settings.longPollMs + LongPollGraceMs : 0);
    return send("GET", QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), {}, timeout);
}

void SyncWorker::applyPull(const changelog::Page &page, bool longPoll)
{
    if (m_stopping)
        return;
    if (longPoll)
        m_busy = true;
    if (page.more)
        fetchAhead(page.cursor);
    m_backend.executor()
        .execute<bool>([page](CommandContext &context) -> Result<bool> {
            RD_TRY(clientsync::applyPull(context, page));
            return true;
        })
        .then(this, [this, more = page.more, behind = page.latest - page.cursor](const Result<bool> &applied) {
            if (!applied)
                return fail(applied.error().message); // drops the page fetched ahead
            m_status.receiving = more ? behind : 0;
            succeeded();
            if (more)
                return applyAhead();
            if (m_again) {
                m_again = false;
                return pushNext();
            }
            Q_EMIT caughtUp();
            pullNext(true);
        });
}

void SyncWorker::fetchAhead(qint64 after)
{
    dropAhead(); // only ever one: an earlier one is of no use any more
    m_ahead = Ahead{};
    QNetworkReply *reply = sendPull(after, false);
    m_ahead->reply = reply;
    whenAnswered(
        reply,
        [this](const QJsonObject &answer) {
            m_ahead->reply.clear();
            m_ahead->page = syncwire::pageFromJson(answer);
            if (m_ahead->awaited)
                applyAhead();
        },
        [this](const QString &why, const QString &) {
            m_ahead->reply.clear();
            m_ahead->failure = why;
            if (m_ahead->awaited)
                applyAhead();
        });
}

void SyncWorker::applyAhead()
{
    if (!m_ahead)
        return;
    if (m_ahead->failure) { // told only now: the page before it was applied first
        const QString why = *m_ahead->failure; // a copy: fail() drops m_ahead
        return fail(why);
    }
    if (!m_ahead->page) {
        m_ahead->awaited = true; // still on its way: its answer carries on
        return;
    }
    const changelog::Page page = std::move(*m_ahead->page);
    m_ahead.reset();
    applyPull(page, false);
}

void SyncWorker::dropAhead()
{
    if (!m_ahead)
        return;
    if (QNetworkReply *reply = m_ahead->reply) {
        disconnect(reply, nullptr, this, nullptr); // its answer belongs to nothing any more
        reply->abort();
        reply->deleteLater();
    }
    m_ahead.reset();
}

void SyncWorker::useToken(const QByteArray &token)
{
    m_token = token;
    syncNow();
}

void SyncWorker::syncNow()
{
    if (m_stopping)
        return;
    m_retry->stop();
    m_retryMs = m_settings.firstRetryMs;
    onLocalChange();
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
    dropAhead(); // the next cycle pulls again from the cursor stored with the last applied page
    dropPushesFrom(0); // and pushes again from the oldest command waiting
    ++m_round;
    m_readingOutbox = false;
    m_storingAnswers = false;
    m_busy = false;
    if (m_stopping)
        return;
    m_status.online = false;
    m_status.lastError = why;
    m_status.receiving = 0; // unknown until the server answers again
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

void SyncWorker::whenAnswered(QNetworkReply *reply, JsonHandler handler, FailHandler failed)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler), failed = std::move(failed)]() {
        reply->deleteLater();
        if (reply == m_longPoll)
            m_longPoll.clear();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            if (m_stopping)
                return;
            if (failed) // a page fetched ahead or a push, cut by its transfer timeout: never a long poll
                return failed(reply->errorString(), {});
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
            const QString why = code.isEmpty() ? reply->errorString()
                                               : code + QStringLiteral(": ") + body.value(QStringLiteral("detail")).toString();
            return failed ? failed(why, code) : fail(why);
        }
        handler(body);
    });
}
