#pragma once

#include <QTcpServer>

// The listening socket of the API. Qt 6.4's HTTP parser buffers a request's whole body before
// the server sees the request, so a client could make it hold any amount of memory; this
// server counts what each connection sends for the request being read and, past the limit
// (the body limit plus room for the headers), answers 413 and closes the connection at once.
// The front end calls requestReceived() for every complete request to restart the count.
class BoundedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr qint64 HeaderAllowanceBytes = 64 * 1024;

    BoundedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    static void requestReceived(QTcpSocket *socket);
    // Whether the connection was already answered 413 and is closing.
    static bool wasRefused(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const qint64 m_maxRequestBytes;
};
