#include "paysimserver.h"

#include "paysimhandler.h"
#include "paysimlogging.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

PaySimRequest toRequest(const QHttpServerRequest &request)
{
    PaySimRequest converted;
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

} // namespace

PaySimServer::PaySimServer(PaySimHandler &handler, QObject *parent) : QAbstractHttpServer(parent), m_handler(handler)
{
}

PaySimServer::~PaySimServer() = default;

bool PaySimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const PaySimRequest converted = toRequest(request);
    const quint64 id = m_nextId++;
    m_pending.emplace(id, std::unique_ptr<Pending>(new Pending{makeResponder(request, socket),
                                                               QPointer<QTcpSocket>(socket), socket, std::nullopt}));
    // Qt 6.4 has read the whole body already; the limit keeps it away from the handler, and
    // closing the connection stops a client that meant to send more.
    bool lengthOk = false;
    const qint64 declared = converted.headers.value("content-length").toLongLong(&lengthOk);
    if (converted.body.size() > MaxBodyBytes || (lengthOk && declared > MaxBodyBytes)) {
        qCInfo(lcPaySim, "%s (a body over %lld bytes) → 413", converted.method.constData(), MaxBodyBytes);
        PaySimAnswer tooLarge = PaySimAnswer::problem(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("The request body may have at most %1 bytes.").arg(MaxBodyBytes));
        tooLarge.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
        ready(id, tooLarge);
        return true;
    }

    const PaySimOutcome outcome = m_handler.handle(converted);
    QString line = QStringLiteral("%1 %2 → %3")
                       .arg(QString::fromLatin1(converted.method), outcome.route)
                       .arg(outcome.answer.status);
    if (outcome.delayMs > 0)
        line += QStringLiteral(" after %1 ms").arg(outcome.delayMs);
    if (outcome.answer.header("Idempotent-Replayed") == "true")
        line += QStringLiteral(" (replayed)");
    qCInfo(lcPaySim, "%s", qUtf8Printable(line));
    if (outcome.delayMs <= 0) {
        ready(id, outcome.answer);
        return true;
    }
    QTimer::singleShot(outcome.delayMs, this, [this, id, answer = outcome.answer]() { ready(id, answer); });
    return true;
}

void PaySimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest takes every request; the base class requires this anyway.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, PaySimAnswer::problem(404, QStringLiteral("not_found"), QStringLiteral("No such route.")), false);
}

void PaySimServer::ready(quint64 id, const PaySimAnswer &answer)
{
    const auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    const QTcpSocket *connection = found->second->connection;
    found->second->answer = answer;
    // Answers held for a connection that has gone can never be sent.
    std::erase_if(m_pending, [](const auto &entry) { return !entry.second->socket && entry.second->answer; });
    writeReady(connection);
}

void PaySimServer::writeReady(const QTcpSocket *connection)
{
    // Ids grow with arrival, so the first live entry of a connection is its oldest request.
    for (;;) {
        const auto oldest = std::find_if(m_pending.begin(), m_pending.end(), [connection](const auto &entry) {
            return entry.second->connection == connection && entry.second->socket;
        });
        if (oldest == m_pending.end() || !oldest->second->answer)
            return;
        Pending &pending = *oldest->second;
        if (pending.socket->state() == QAbstractSocket::ConnectedState) {
            const bool closeAfter = pending.answer->status == 413;
            write(pending.responder, *pending.answer, closeAfter);
        }
        m_pending.erase(oldest);
    }
}

void PaySimServer::write(QHttpServerResponder &responder, const PaySimAnswer &answer, bool closeAfter)
{
    // HeaderList is an initializer_list: the parts go one by one.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    responder.writeHeader("Content-Type", answer.contentType);
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
    if (closeAfter)
        responder.socket()->disconnectFromHost();
}
