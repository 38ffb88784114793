#include "scriptedserver.h"

#include <QJsonDocument>

ScriptedServer::ScriptedServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Every whole request in the buffer: a head, then as many bytes as Content-Length says.
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        const QUrl target(QString::fromLatin1(start.value(1)));
        Request request;
        request.number = int(m_requests.size()) + 1;
        request.method = start.value(0);
        request.path = target.path();
        request.query = target.query();
        request.body = QJsonDocument::fromJson(buffer.mid(headEnd + 4, length)).object();
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        m_waiting.insert(request.number, socket);
        Q_EMIT requested(request);
    }
}

void ScriptedServer::answer(int number, int status, const QJsonObject &body)
{
    const QPointer<QTcpSocket> socket = m_waiting.take(number);
    if (!socket)
        return;
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray type = status == 200 ? "application/json" : "application/problem+json";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: " + type
                  + "\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
}
