#include "apiserver.h"

#include "boundedtcpserver.h"
#include "http/apimetrics.h"
#include "http/apirouter.h"
#include "http/apitypes.h"
#include "security/apitokens.h"
#include "serverlogging.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path();
    converted.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        QByteArray &stored = converted.headers[name.toLower()];
        stored = stored.isEmpty() ? value : stored + ", " + value;
    }
    converted.body = request.body();
    return converted;
}

// The token of an "Authorization: Bearer …" header; empty for none or another scheme.
QByteArray bearerToken(const ApiRequest &request)
{
    const QByteArray authorization = request.headers.value("authorization").trimmed();
    constexpr QByteArrayView scheme = "bearer ";
    if (authorization.size() <= scheme.size() || !authorization.first(scheme.size()).toLower().startsWith(scheme))
        return {};
    return authorization.mid(scheme.size()).trimmed();
}

} // namespace

ApiServer::ApiServer(const ApiRouter &router, ApiTokens &tokens, ApiMetrics &metrics, Limits limits, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_tokens(tokens), m_metrics(metrics), m_limits(limits)
{
}

ApiServer::~ApiServer() = default;

void ApiServer::stopAccepting()
{
    if (m_stopping)
        return;
    m_stopping = true;
    for (QTcpServer *server : servers())
        server->close();
    qCInfo(lcServer, "Stopped accepting connections; %d request(s) in flight.", int(inFlight()));
    if (m_pending.empty())
        Q_EMIT drained();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (BoundedTcpServer::wasRefused(socket))
        return true; // answered 413 already, while it was still arriving
    BoundedTcpServer::requestReceived(socket);
    ApiRequest apiRequest = toApiRequest(request);
    const QString route = m_router.patternOf(apiRequest.method, apiRequest.path);
    if (m_stopping) {
        answerAtOnce(request, socket,
                     ApiResponse::problem(503, QStringLiteral("shutting_down"), {},
                                          QCoreApplication::translate("Api", "The server is shutting down.")),
                     true);
        return true;
    }
    m_metrics.requestStarted();
    const quint64 id = m_nextId++;
    auto pending = std::unique_ptr<Pending>(new Pending{makeResponder(request, socket),
                                                        QPointer<QTcpSocket>(socket),
                                                        socket,
                                                        apiRequest.method,
                                                        route,
                                                        {},
                                                        std::nullopt});
    pending->elapsed.start();
    m_pending.emplace(id, std::move(pending));
    qCDebug(lcServer, "Received %s %s", apiRequest.method.constData(),
            qUtf8Printable(route.isEmpty() ? QStringLiteral("(no route)") : route));

    // The parser has already read the body; the limit still keeps it away from the handlers.
    bool lengthOk = true;
    const qint64 declared = apiRequest.headers.value("content-length").toLongLong(&lengthOk);
    if (apiRequest.body.size() > m_limits.maxBodyBytes || (lengthOk && declared > m_limits.maxBodyBytes)) {
        answer(id,
               ApiResponse::problem(413, QStringLiteral("payload_too_large"), {},
                                    QCoreApplication::translate("Api", "The request body may have at most %1 bytes.")
                                        .arg(m_limits.maxBodyBytes)));
        return true;
    }

    const QByteArray token = bearerToken(apiRequest);
    if (token.isEmpty()) {
        dispatch(id, std::move(apiRequest));
        return true;
    }
    m_tokens.resolve(token)
        .then(this,
              [this, id, apiRequest = std::move(apiRequest)](
                  const Result<std::optional<apitokenrepository::Owner>> &owner) mutable {
                  if (!owner) {
                      answer(id, ApiResponse::fromError(owner.error()));
                      return;
                  }
                  if (owner->has_value()) {
                      apiRequest.user = owner->value().user;
                      apiRequest.device = owner->value().device;
                  }
                  dispatch(id, std::move(apiRequest));
              })
        .onCanceled(this,
                    [this, id]() { answer(id, ApiResponse::problem(500, QStringLiteral("internal_error"), {})); });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest takes every request; this is here because the base class requires it.
    answerAtOnce(request, socket, ApiResponse::problem(404, QStringLiteral("not_found"), {}), false);
}

void ApiServer::dispatch(quint64 id, ApiRequest request)
{
    m_router.dispatch(std::move(request))
        .then(this, [this, id](const ApiResponse &response) { answer(id, response); })
        .onCanceled(this,
                    [this, id]() { answer(id, ApiResponse::problem(500, QStringLiteral("internal_error"), {})); });
}

void ApiServer::answer(quint64 id, const ApiResponse &response)
{
    if (m_limits.answerDelayMs > 0)
        QTimer::singleShot(m_limits.answerDelayMs, this, [this, id, response]() { finish(id, response); });
    else
        finish(id, response);
}

void ApiServer::finish(quint64 id, const ApiResponse &response)
{
    const auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    Pending &pending = *found->second;
    const double seconds = double(pending.elapsed.nsecsElapsed()) / 1e9;
    m_metrics.requestFinished(pending.route, pending.method, response.status, seconds);
    qCDebug(lcServer, "%s %s → %d in %.1f ms", pending.method.constData(),
            qUtf8Printable(pending.route.isEmpty() ? QStringLiteral("(no route)") : pending.route), response.status,
            seconds * 1000);
    const QTcpSocket *connection = pending.connection;
    if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState) {
        pending.response = response;
    } else {
        qCDebug(lcServer, "%s %s: the client left before the answer", pending.method.constData(),
                qUtf8Printable(pending.route));
        m_pending.erase(found);
    }
    writeAnswered(connection);
    if (m_stopping && m_pending.empty())
        Q_EMIT drained();
}

void ApiServer::writeAnswered(const QTcpSocket *connection)
{
    // Ids grow with arrival, so the first live entry of a connection is its oldest request.
    // (A dead socket's entries are skipped: a new socket may reuse its address.)
    for (;;) {
        const auto oldest = std::find_if(m_pending.begin(), m_pending.end(), [connection](const auto &entry) {
            return entry.second->connection == connection && entry.second->socket;
        });
        if (oldest == m_pending.end() || !oldest->second->response)
            return;
        Pending &pending = *oldest->second;
        if (pending.socket->state() == QAbstractSocket::ConnectedState)
            write(pending.responder, *pending.response, m_stopping);
        m_pending.erase(oldest);
    }
}

void ApiServer::answerAtOnce(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response,
                             bool closeAfter)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, response, closeAfter);
}

void ApiServer::write(QHttpServerResponder &responder, const ApiResponse &response, bool closeAfter)
{
    // HeaderList is an initializer_list: write the parts one by one instead.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (closeAfter)
        responder.writeHeader("Connection", "close");
    if (response.status != 204) // a 204 must not announce a body
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    if (closeAfter)
        responder.socket()->disconnectFromHost();
}
