#include "boundedtcpserver.h"

#include "http/apitypes.h"
#include "serverlogging.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace {

constexpr char CountProperty[] = "rentaldesk_requestBytes";
constexpr char RefusedProperty[] = "rentaldesk_refused";

QByteArray tooLargeResponse(qint64 maxBodyBytes)
{
    const ApiResponse problem = ApiResponse::problem(
        413, QStringLiteral("payload_too_large"), {},
        QCoreApplication::translate("Api", "The request body may have at most %1 bytes.").arg(maxBodyBytes));
    return "HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: " + problem.contentType
        + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(problem.body.size()) + "\r\n\r\n"
        + problem.body;
}

} // namespace

BoundedTcpServer::BoundedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent), m_maxRequestBytes(maxBodyBytes + HeaderAllowanceBytes)
{
}

void BoundedTcpServer::requestReceived(QTcpSocket *socket)
{
    socket->setProperty(CountProperty, qint64(0));
}

bool BoundedTcpServer::wasRefused(QTcpSocket *socket)
{
    return socket->property(RefusedProperty).toBool();
}

void BoundedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const qint64 limit = m_maxRequestBytes;
    // Connected before QAbstractHttpServer's own readyRead handler, so this runs first and
    // sees only the bytes that arrived since the parser last read everything there was.
    connect(socket, &QTcpSocket::readyRead, socket, [socket, limit]() {
        if (wasRefused(socket))
            return;
        const qint64 count = socket->property(CountProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(CountProperty, count);
        if (count <= limit)
            return;
        socket->setProperty(RefusedProperty, true);
        qCInfo(lcServer, "Refused a request larger than the body limit (%lld bytes) while it arrived from %s",
               limit - HeaderAllowanceBytes, qPrintable(socket->peerAddress().toString()));
        socket->write(tooLargeResponse(limit - HeaderAllowanceBytes));
        socket->disconnectFromHost();
    });
    addPendingConnection(socket);
}
