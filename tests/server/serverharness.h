#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// A real `rentaldesk-server` process for the tests: started with the given arguments, its
// stdout and stderr collected, its URL read from the "listening on http://…" line it prints.
class ServerUnderTest final : public QObject
{
    Q_OBJECT

public:
    explicit ServerUnderTest(const QStringList &arguments, const QStringList &environment = {});
    ~ServerUnderTest() override;

    // Starts the process and waits until it listens (true) or exits first (false).
    bool start(int timeoutMs = 30'000);
    bool waitForExit(int timeoutMs = 30'000);
    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }
    quint16 port() const { return quint16(m_base.port()); }
    QProcess &process() { return m_process; }
    QString out() const { return m_out; }
    QString err() const { return m_err; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
    QUrl m_base;
};

// One finished HTTP exchange.
struct HttpAnswer final
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const;
};

// Sends a request and waits for its answer (event loop running, no sleeping).
HttpAnswer sendRequest(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                       const QByteArray &body = {}, const QByteArray &bearerToken = {});
HttpAnswer answerOf(QNetworkReply *reply); // the reply must have finished

// Runs the server executable for a one-off command (`--add-user`, …) and waits for it.
struct CliRun final
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runServerCli(const QStringList &arguments, const QByteArray &stdinText = {});
