#include "servergetbench.h"

#include "benchreport.h"
#include "latencies.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr int Connections = 32;

// One keep-alive connection sending its requests one after another.
class Connection final : public QObject
{
public:
    Connection(const QUrl &server, QByteArray token, const QStringList &ids, int &remaining, Latencies &latencies,
               int &failures, std::function<void()> finished)
        : m_token(std::move(token)), m_ids(ids), m_remaining(remaining), m_latencies(latencies),
          m_failures(failures), m_finished(std::move(finished))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Connection::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this]() {
            if (!m_done)
                ++m_failures;
            finish();
        });
        m_socket.connectToHost(server.host(), quint16(server.port()));
    }

private:
    void finish()
    {
        if (!std::exchange(m_done, true))
            m_finished();
    }

    void sendNext()
    {
        if (m_remaining <= 0)
            return finish();
        const QString id = m_ids.at(--m_remaining % m_ids.size());
        m_buffer.clear();
        m_timer.start();
        m_socket.write("GET /api/v1/reservations/" + id.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Authorization: Bearer " + m_token + "\r\nConnection: keep-alive\r\n\r\n");
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = m_buffer.left(headerEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const qint64 length = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 200"))
            ++m_failures;
        m_latencies.add(double(m_timer.nsecsElapsed()) / 1000.0);
        sendNext();
    }

    QTcpSocket m_socket;
    QByteArray m_token;
    const QStringList &m_ids;
    int &m_remaining;
    Latencies &m_latencies;
    int &m_failures;
    std::function<void()> m_finished;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    bool m_done = false;
};

QStringList reservationIds(const QString &path, int limit)
{
    QStringList ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-get-ids"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id FROM reservations ORDER BY id LIMIT ?"));
            query.addBindValue(limit);
            if (query.exec())
                while (query.next())
                    ids.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server-get-ids"));
    return ids;
}

QByteArray signIn(const QUrl &server)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/auth/token"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, R"({"username":"clerk","password":"rentaldesk","device":"bench"})");
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString().toUtf8();
}

} // namespace

ServerGetBench::ServerGetBench(ServerProcess &server, QString serverDatabase, const BenchScale &scale)
    : m_server(server), m_serverDatabase(std::move(serverDatabase)), m_scale(scale)
{
}

Result<QJsonObject> ServerGetBench::run()
{
    const QStringList ids = reservationIds(m_serverDatabase, 10'000);
    const QByteArray token = signIn(m_server.url());
    if (ids.isEmpty() || token.isEmpty())
        return Error{QStringLiteral("setup"), QStringLiteral("no reservations on the server or no token")};
    int remaining = m_scale.serverGets;
    int failures = 0;
    int open = Connections;
    Latencies latencies;
    QEventLoop loop;
    std::vector<std::unique_ptr<Connection>> connections;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Connections; ++i)
        connections.push_back(std::make_unique<Connection>(m_server.url(), token, ids, remaining, latencies, failures,
                                                           [&open, &loop]() {
                                                               if (--open == 0)
                                                                   loop.quit();
                                                           }));
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    connections.clear();
    if (failures > 0)
        return Error{QStringLiteral("failed"), QStringLiteral("%1 requests failed").arg(failures)};
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("server_get")},
                       {QStringLiteral("requests"), latencies.count()},
                       {QStringLiteral("connections"), Connections},
                       {QStringLiteral("req_per_s"), BenchReport::rounded(double(latencies.count()) / seconds, 0)},
                       {QStringLiteral("p50_ms"), BenchReport::rounded(latencies.percentile(50) / 1000.0, 3)},
                       {QStringLiteral("p99_ms"), BenchReport::rounded(latencies.percentile(99) / 1000.0, 3)}};
}
