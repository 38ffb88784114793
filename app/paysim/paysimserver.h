#pragma once

#include "paysimanswer.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

class PaySimHandler;
class QTcpSocket;

// The HTTP front of the simulator. The handler decides every answer at once (the work is
// done then); only sending it may wait for the simulated latency, on a timer, so other
// requests are served meanwhile. Answers on one connection leave in the order of their
// requests, as HTTP/1.1 pipelining requires, even when the latency changed in between.
//
// Qt 6.4's responder keeps a raw pointer to the socket, which deletes itself when the client
// disconnects; a held answer therefore also keeps a QPointer and is dropped when the client
// has gone (a client that gave up early has still been charged, as with a real provider).
class PaySimServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 64 * 1024;

    explicit PaySimServer(PaySimHandler &handler, QObject *parent = nullptr);
    ~PaySimServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        const QTcpSocket *connection; // identifies the connection; never dereferenced
        std::optional<PaySimAnswer> answer; // ready, waiting for earlier requests of its connection
    };

    void ready(quint64 id, const PaySimAnswer &answer);
    void writeReady(const QTcpSocket *connection);
    static void write(QHttpServerResponder &responder, const PaySimAnswer &answer, bool closeAfter);

    PaySimHandler &m_handler;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextId = 1;
};
