#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

#include "http/apitypes.h"

class ApiMetrics;
class ApiRouter;
class ApiTokens;
class QTcpSocket;

// The HTTP front end: every request goes through our ApiRouter, nothing through Qt's own
// router. A request becomes an ApiRequest, its bearer token is resolved to a User on the
// reader pool, the route's future answers later through the request's responder. Nothing
// here waits: the server's thread only parses, dispatches and writes.
//
// Qt 6.4's responder keeps a raw pointer to the socket, and the socket deletes itself when the
// client disconnects; every pending answer therefore also holds a QPointer to its socket and
// is dropped, not written, when the client has gone. Answers on one connection are written in
// the order of its requests, as HTTP/1.1 pipelining requires, however they finish.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        int answerDelayMs = 0; // for tests of draining only
    };

    ApiServer(const ApiRouter &router, ApiTokens &tokens, ApiMetrics &metrics, Limits limits,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Graceful stop: closes the listening sockets; requests already received are answered,
    // later ones on open connections get 503. `drained` follows once none is in flight.
    void stopAccepting();
    qsizetype inFlight() const { return qsizetype(m_pending.size()); }

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        const QTcpSocket *connection; // identifies the connection; never dereferenced
        QByteArray method;
        QString route; // the matched pattern, for metrics and logs
        QElapsedTimer elapsed;
        std::optional<ApiResponse> response; // answered, waiting for earlier requests of its connection
    };

    void dispatch(quint64 id, ApiRequest request);
    void answer(quint64 id, const ApiResponse &response);
    void finish(quint64 id, const ApiResponse &response);
    void writeAnswered(const QTcpSocket *connection);
    void answerAtOnce(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response,
                      bool closeAfter);
    static void write(QHttpServerResponder &responder, const ApiResponse &response, bool closeAfter);

    const ApiRouter &m_router;
    ApiTokens &m_tokens;
    ApiMetrics &m_metrics;
    const Limits m_limits;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextId = 1;
    bool m_stopping = false;
};
