#include "serverharness.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

QProcessEnvironment testEnvironment(const QStringList &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &entry : extra) {
        const qsizetype equals = entry.indexOf(u'=');
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return environment;
}

} // namespace

ServerUnderTest::ServerUnderTest(const QStringList &arguments, const QStringList &environment)
{
    m_process.setProgram(QStringLiteral(RENTALDESK_SERVER_PATH));
    m_process.setArguments(arguments);
    m_process.setProcessEnvironment(testEnvironment(environment));
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this]() { m_out += QString::fromUtf8(m_process.readAllStandardOutput()); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this]() { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
}

ServerUnderTest::~ServerUnderTest()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

bool ServerUnderTest::start(int timeoutMs)
{
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    const QString marker = QStringLiteral("listening on ");
    (void)QTest::qWaitFor([&]() { return m_out.contains(u'\n') || m_process.state() == QProcess::NotRunning; },
                          timeoutMs);
    const qsizetype at = m_out.indexOf(marker);
    if (at < 0)
        return false;
    m_base = QUrl(m_out.mid(at + marker.size()).section(u'\n', 0, 0).trimmed());
    return m_base.isValid() && m_base.port() > 0;
}

bool ServerUnderTest::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([this]() { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpAnswer answerOf(QNetworkReply *reply)
{
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    return answer;
}

HttpAnswer sendRequest(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                       const QByteArray &body, const QByteArray &bearerToken)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30'000);
    HttpAnswer answer = answerOf(reply);
    reply->deleteLater();
    return answer;
}

CliRun runServerCli(const QStringList &arguments, const QByteArray &stdinText)
{
    QProcess process;
    process.setProcessEnvironment(testEnvironment({}));
    process.start(QStringLiteral(RENTALDESK_SERVER_PATH), arguments);
    if (!process.waitForStarted(30'000))
        return {};
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
