#include "paysimprocess.h"

#include <QDate>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace {

constexpr int StartTimeoutMs = 30'000;
constexpr int ReplyTimeoutMs = 30'000;

} // namespace

PaySimProcess::PaySimProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

PaySimProcess::~PaySimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

QString PaySimProcess::executablePath()
{
    return QStringLiteral(RENTALDESK_PAYSIM_PATH);
}

bool PaySimProcess::start(const QStringList &extraArgs)
{
    const qsizetype keyArgument = extraArgs.indexOf(QStringLiteral("--api-key"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (keyArgument >= 0 && keyArgument + 1 < extraArgs.size()) {
        m_apiKey = extraArgs.at(keyArgument + 1);
    } else {
        // A key of its own, kept off the command line.
        m_apiKey = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        environment.insert(QStringLiteral("RENTALDESK_PAYSIM_API_KEY"), m_apiKey);
    }
    m_process.setProcessEnvironment(environment);
    m_output.clear();
    m_url.clear();
    m_process.start(executablePath(),
                    QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extraArgs);
    if (!m_process.waitForStarted(StartTimeoutMs))
        return false;
    static const QRegularExpression listening(QStringLiteral("^listening on 127\\.0\\.0\\.1:(\\d+)$"),
                                              QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        // Blocks on the pipe, not a sleep: returns as soon as the simulator writes.
        m_process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
        collectOutput();
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
            return true;
        }
    }
    m_process.waitForFinished(1'000); // an early exit: let its last words arrive
    collectOutput();
    return false;
}

int PaySimProcess::stop()
{
    m_process.terminate();
    const bool finished = m_process.waitForFinished(StartTimeoutMs);
    collectOutput();
    return finished && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString PaySimProcess::output() const
{
    collectOutput();
    return m_output;
}

void PaySimProcess::collectOutput() const
{
    m_output += QString::fromUtf8(m_process.readAll());
}

QNetworkRequest PaySimProcess::request(const QString &path) const
{
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

PaySimProcess::Reply PaySimProcess::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest sent = request(path);
    if (!body.isEmpty())
        sent.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(sent, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ReplyTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply answer;
    if (reply->isFinished()) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    collectOutput();
    return answer;
}

bool PaySimProcess::control(const QJsonObject &changes)
{
    return send("PUT", QStringLiteral("/control"), QJsonDocument(changes).toJson(QJsonDocument::Compact)).status == 200;
}

QString PaySimProcess::makeToken(const QString &cardNumber)
{
    const QJsonObject card{{QStringLiteral("number"), cardNumber},
                           {QStringLiteral("exp_month"), 12},
                           {QStringLiteral("exp_year"), QDate::currentDate().year() + 3},
                           {QStringLiteral("cvc"), QStringLiteral("123")}};
    const Reply reply = send("POST", QStringLiteral("/v1/tokens"), QJsonDocument(card).toJson(QJsonDocument::Compact));
    return reply.status == 201 ? QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString()
                               : QString();
}

qint64 PaySimProcess::stat(const char *name)
{
    return qint64(stats().value(QLatin1StringView(name)).toDouble());
}

QJsonObject PaySimProcess::stats()
{
    const Reply reply = send("GET", QStringLiteral("/stats"), {});
    return reply.status == 200 ? QJsonDocument::fromJson(reply.body).object() : QJsonObject();
}
