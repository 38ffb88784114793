#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// An HTTP/1.1 server on loopback that answers only when the test tells it to: the test sees
// each request arrive, in the order it arrived, and decides when and what to answer. For
// what a real server cannot be made to do on cue (answer the second of two requests first).
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        int number = 0; // 1 for the first request that arrived
        QByteArray method;
        QString path;   // without the query
        QString query;
        QJsonObject body;
    };

    ScriptedServer();
    bool listen();
    QUrl url() const;
    const QList<Request> &requests() const { return m_requests; }
    // Answers request `number` (once) with `status` and a JSON body.
    void answer(int number, int status, const QJsonObject &body);

Q_SIGNALS:
    void requested(const ScriptedServer::Request &request);

private:
    void readFrom(QTcpSocket *socket);

    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<int, QPointer<QTcpSocket>> m_waiting; // request number -> the connection to answer on
    // Last, so it goes first: its connections, closing, still find the members above.
    QTcpServer m_server;
};
