#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// A real `rentaldesk-paysim` on a free loopback port, for tests of payment clients: started
// with an API key of its own (through the environment unless `--api-key` is among the
// arguments), its stdout and stderr collected, killed when this object goes.
// RENTALDESK_PAYSIM_PATH is where the build put the executable.
//
// control() and stats() wait for their answer in a local event loop: fine in a test, never in
// the application.
class PaySimProcess final
{
public:
    PaySimProcess();
    ~PaySimProcess();
    PaySimProcess(const PaySimProcess &) = delete;
    PaySimProcess &operator=(const PaySimProcess &) = delete;

    static QString executablePath();

    // Starts the simulator and waits until it listens (true) or exits or times out (false).
    bool start(const QStringList &extraArgs = {});
    // SIGTERM, then waits for the exit: its exit code, or -1 when it crashed or hung.
    int stop();
    QUrl url() const { return m_url; }
    QString apiKey() const { return m_apiKey; }
    // Everything the process printed so far, stdout and stderr merged.
    QString output() const;
    QProcess &process() { return m_process; }

    // A request to `path` with the API key set, for the caller's own QNetworkAccessManager.
    QNetworkRequest request(const QString &path) const;

    // PUT /control with `changes`; true when the simulator accepted them.
    bool control(const QJsonObject &changes);
    // GET /stats; empty when it did not answer.
    QJsonObject stats();
    // One counter of /stats (0 when it did not answer).
    qint64 stat(const char *name);
    // POST /v1/tokens, as a card terminal does before a charge: the token, empty if refused.
    QString makeToken(const QString &cardNumber);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body);
    void collectOutput() const;

    mutable QProcess m_process;
    mutable QString m_output;
    QNetworkAccessManager m_network;
    QUrl m_url;
    QString m_apiKey;
};
