// rentaldesk-paysim as a real process on loopback: every route of the payment provider
// contract (resources/api/payment-provider.md) with its errors, idempotency, the simulator's
// /control and /stats, its command line, and that no card number ever reaches its output.
#include "domain/cardnumbers.h"
#include "paysimprocess.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int ReplyTimeoutMs = 30'000;

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray replayed; // the Idempotent-Replayed header
    QByteArray allow;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QLatin1StringView("code")).toString(); }
    qint64 integer(const char *key) const { return json().value(QLatin1StringView(key)).toInteger(-1); }
    QString text(const char *key) const { return json().value(QLatin1StringView(key)).toString(); }
};

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject card(const QString &number, int yearsAhead = 3, const QString &cvc = u"123"_s)
{
    return {{u"number"_s, number},
            {u"exp_month"_s, 12},
            {u"exp_year"_s, QDate::currentDate().year() + yearsAhead},
            {u"cvc"_s, cvc}};
}

// `prefix` + random digits + the Luhn check digit, `length` digits in all.
QString randomCardNumber(const QString &prefix, int length)
{
    QString number = prefix;
    while (number.size() < length - 1)
        number += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    for (char check = '0'; check <= '9'; ++check)
        if (cardnumbers::passesLuhn(QString(number + QLatin1Char(check))))
            return number + QLatin1Char(check);
    return {};
}

// Whether any 13 to 19 consecutive digits of `text` pass the Luhn check.
bool containsLuhnValidRun(const QString &text)
{
    static const QRegularExpression runs(u"\\d{13,}"_s);
    for (auto it = runs.globalMatch(text); it.hasNext();) {
        const QString run = it.next().captured();
        for (qsizetype length = 13; length <= 19; ++length)
            for (qsizetype start = 0; start + length <= run.size(); ++start)
                if (cardnumbers::passesLuhn(QStringView(run).mid(start, length)))
                    return true;
    }
    return false;
}

const QStringList KnownStatuses{u"authorised"_s, u"declined"_s, u"captured"_s,
                                u"refunded"_s};

} // namespace

class tst_PaySim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void commandLineErrors_data();
    void commandLineErrors();
    void helpAndVersion();
    void portInUse();
    void defaultKeyAndSigterm();
    void apiKeyNeverPrinted();

    void unknownRoutesAndMethods();
    void unauthorised();
    void bodyTooLarge();
    void pipelinedAnswersKeepTheirOrder();

    void tokens();
    void luhn_data();
    void luhn();
    void invalidCards_data();
    void invalidCards();
    void authorise();
    void authoriseErrors();
    void capture();
    void refunds();
    void describe();
    void lookupByKey();
    void lookupByKeyNotFound();
    void lookupByKeyErrors();
    void lookupByKeyMisbehaves();

    void idempotentReplay();
    void idempotencyKeyReused();
    void idempotencyKeyMissing();

    void controlValidation();
    void latency();
    void failNext();
    void failureRate();
    void seededFailureRate();
    void outage();
    void outageFromCommandLine();
    void answerGarbage();
    void answerWrongAmount();
    void answerUnknownStatus();
    void statsFigures();
    void noCardNumberInOutput();

private:
    QNetworkReply *sendAsync(const QByteArray &method, const QString &path, const QByteArray &body = {},
                             const QByteArray &idempotencyKey = {}, std::optional<QByteArray> authorization = {});
    static Answer wait(QNetworkReply *reply);
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &idempotencyKey = {}, std::optional<QByteArray> authorization = {});
    Answer post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey = newKey());
    Answer get(const QString &path) { return send("GET", path); }

    QString makeToken(const QString &number = u"4242424242424242"_s);
    Answer authorise(const QString &token, qint64 amount, const QByteArray &key = newKey());
    Answer capture(const QString &id, qint64 amount, const QByteArray &key = newKey());
    Answer refund(const QString &id, qint64 amount, const QString &currency = u"KRW"_s,
                  const QByteArray &key = newKey());
    QString capturedAuthorisation(qint64 amount);
    // GET /v1/authorisations?idempotency_key=<key>: what a POST with that key made.
    static QString lookupPath(const QByteArray &key);
    Answer lookUp(const QByteArray &key) { return get(lookupPath(key)); }

    std::unique_ptr<PaySimProcess> m_sim;
    QNetworkAccessManager m_network;
};

// ---- helpers ---------------------------------------------------------------------------------

void tst_PaySim::init()
{
    m_sim = std::make_unique<PaySimProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->output()));
}

void tst_PaySim::cleanup()
{
    m_sim.reset();
}

QNetworkReply *tst_PaySim::sendAsync(const QByteArray &method, const QString &path, const QByteArray &body,
                                     const QByteArray &idempotencyKey, std::optional<QByteArray> authorization)
{
    QNetworkRequest request = m_sim->request(path);
    if (authorization) {
        if (authorization->isEmpty())
            request.setRawHeader("Authorization", QByteArray());
        else
            request.setRawHeader("Authorization", *authorization);
    }
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    return m_network.sendCustomRequest(request, method, body);
}

Answer tst_PaySim::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(ReplyTimeoutMs);
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.replayed = reply->rawHeader("Idempotent-Replayed");
    answer.allow = reply->rawHeader("Allow");
    reply->deleteLater();
    return answer;
}

Answer tst_PaySim::send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &idempotencyKey, std::optional<QByteArray> authorization)
{
    return wait(sendAsync(method, path, body, idempotencyKey, std::move(authorization)));
}

Answer tst_PaySim::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    return send("POST", path, toJson(body), idempotencyKey);
}

QString tst_PaySim::makeToken(const QString &number)
{
    const Answer answer = post(u"/v1/tokens"_s, card(number), {});
    return answer.status == 201 ? answer.text("token") : QString();
}

Answer tst_PaySim::authorise(const QString &token, qint64 amount, const QByteArray &key)
{
    return post(u"/v1/authorisations"_s,
                {{u"token"_s, token}, {u"amount"_s, amount},
                 {u"currency"_s, u"KRW"_s}},
                key);
}

Answer tst_PaySim::capture(const QString &id, qint64 amount, const QByteArray &key)
{
    return post(u"/v1/authorisations/%1/capture"_s.arg(id), {{u"amount"_s, amount}}, key);
}

Answer tst_PaySim::refund(const QString &id, qint64 amount, const QString &currency, const QByteArray &key)
{
    return post(u"/v1/authorisations/%1/refunds"_s.arg(id),
                {{u"amount"_s, amount}, {u"currency"_s, currency}}, key);
}

QString tst_PaySim::capturedAuthorisation(qint64 amount)
{
    const Answer authorised = authorise(makeToken(), amount);
    const QString id = authorised.text("id");
    return capture(id, amount).status == 200 ? id : QString();
}

QString tst_PaySim::lookupPath(const QByteArray &key)
{
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(key));
    return u"/v1/authorisations?idempotency_key="_s + QString::fromLatin1(encoded);
}

// ---- command line ----------------------------------------------------------------------------

void tst_PaySim::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("latency not a number") << QStringList{u"--latency-ms"_s, u"abc"_s} << u"--latency-ms"_s;
    QTest::newRow("negative latency") << QStringList{u"--latency-ms"_s, u"-5"_s} << u"--latency-ms"_s;
    QTest::newRow("failure rate above 1") << QStringList{u"--failure-rate"_s, u"1.5"_s} << u"--failure-rate"_s;
    QTest::newRow("failure rate not a number") << QStringList{u"--failure-rate"_s, u"often"_s} << u"--failure-rate"_s;
    QTest::newRow("listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
    QTest::newRow("listen port too big") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s} << u"--listen"_s;
    QTest::newRow("listen host name") << QStringList{u"--listen"_s, u"example.com:80"_s} << u"IP address"_s;
    QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s} << u"--seed"_s;
    QTest::newRow("empty api key") << QStringList{u"--api-key"_s, u""_s} << u"API key"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("positional argument") << QStringList{u"surplus"_s} << u"Unexpected argument: surplus"_s;
}

void tst_PaySim::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(PaySimProcess::executablePath(), arguments);
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QVERIFY(errors.contains(QLatin1StringView("--help")));
    QVERIFY(!QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1StringView("listening")));
}

void tst_PaySim::helpAndVersion()
{
    QProcess help;
    help.start(PaySimProcess::executablePath(), {u"--help"_s});
    QVERIFY(help.waitForFinished(30'000));
    QCOMPARE(help.exitCode(), 0);
    const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option : {"--listen", "--api-key", "--latency-ms", "--failure-rate", "--outage", "--seed"})
        QVERIFY2(helpText.contains(QLatin1StringView(option)), option);

    QProcess version;
    version.start(PaySimProcess::executablePath(), {u"--version"_s});
    QVERIFY(version.waitForFinished(30'000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(QString::fromUtf8(version.readAllStandardOutput()).startsWith(QLatin1StringView("rentaldesk-paysim ")));
}

void tst_PaySim::portInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString listen = u"127.0.0.1:%1"_s.arg(occupant.serverPort());
    QProcess process;
    process.start(PaySimProcess::executablePath(), {u"--listen"_s, listen});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 1);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(u"Cannot listen on "_s + listen), qPrintable(errors));
}

void tst_PaySim::defaultKeyAndSigterm()
{
    // Without --api-key and RENTALDESK_PAYSIM_API_KEY, the demo key works.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"RENTALDESK_PAYSIM_API_KEY"_s);
    process.setProcessEnvironment(environment);
    process.start(PaySimProcess::executablePath(), {u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(process.waitForStarted(30'000));
    static const QRegularExpression listening(u"^listening on 127\\.0\\.0\\.1:(\\d+)\\n"_s);
    QString out;
    while (!listening.match(out).hasMatch() && process.waitForReadyRead(30'000))
        out += QString::fromUtf8(process.readAllStandardOutput());
    const auto match = listening.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));

    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/stats"_s.arg(match.captured(1))));
    request.setRawHeader("Authorization", "Bearer paysim-demo-key");
    const Answer answer = wait(m_network.get(request));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.integer("requests"), 0);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void tst_PaySim::apiKeyNeverPrinted()
{
    const QString secret = u"secret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    PaySimProcess sim;
    QVERIFY2(sim.start({u"--api-key"_s, secret}), qPrintable(sim.output()));
    QCOMPARE(sim.apiKey(), secret);
    QVERIFY(!sim.stats().isEmpty());
    QVERIFY(sim.control({{u"latency_ms"_s, 0}}));
    QCOMPARE(sim.stop(), 0);
    QVERIFY(sim.output().contains(QLatin1StringView("GET /stats")));
    QVERIFY(!sim.output().contains(secret));
}

// ---- routing, authentication, limits ------------------------------------------------------------

void tst_PaySim::unknownRoutesAndMethods()
{
    for (const char *path : {"/", "/v2/tokens", "/v1/authorisations/auth_x/void", "/v1/authorisations//capture",
                             "/v1/tokens/extra"}) {
        const Answer answer = get(QLatin1StringView(path));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
        QCOMPARE(answer.code(), u"not_found"_s);
        QCOMPARE(answer.integer("status"), 404);
        QVERIFY(answer.json().contains(QLatin1StringView("type")));
        QVERIFY(answer.json().contains(QLatin1StringView("title")));
        QVERIFY(answer.json().contains(QLatin1StringView("detail")));
    }
    const Answer getTokens = get(u"/v1/tokens"_s);
    QCOMPARE(getTokens.status, 405);
    QCOMPARE(getTokens.allow, QByteArray("POST"));
    QCOMPARE(getTokens.code(), u"method_not_allowed"_s);
    const Answer deleteControl = send("DELETE", u"/control"_s);
    QCOMPARE(deleteControl.status, 405);
    QCOMPARE(deleteControl.allow, QByteArray("GET, PUT"));
    QCOMPARE(send("POST", u"/v1/authorisations/auth_x"_s, "{}", newKey()).status, 405);
    QCOMPARE(m_sim->stats().value(u"requests"_s).toInteger(), 0); // no contract route matched
}

void tst_PaySim::unauthorised()
{
    const QString token = makeToken();
    QVERIFY(!token.isEmpty());
    const QByteArray body = toJson({{u"token"_s, token}, {u"amount"_s, 100},
                                    {u"currency"_s, u"KRW"_s}});
    const QList<QByteArray> wrongHeaders{QByteArray(), "Bearer wrong-key",
                                         "Basic " + m_sim->apiKey().toUtf8().toBase64(),
                                         "Bearer " + m_sim->apiKey().toUtf8() + "x"};
    for (const QByteArray &header : wrongHeaders) {
        for (const auto &[method, path] : {std::pair{QByteArray("POST"), u"/v1/authorisations"_s},
                                           std::pair{QByteArray("POST"), u"/v1/tokens"_s},
                                           std::pair{QByteArray("GET"), u"/v1/authorisations/auth_x"_s},
                                           std::pair{QByteArray("GET"), u"/stats"_s},
                                           std::pair{QByteArray("GET"), u"/control"_s},
                                           std::pair{QByteArray("PUT"), u"/control"_s}}) {
            const Answer answer = send(method, path, body, newKey(), header);
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.code(), u"unauthorised"_s);
            QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
        }
    }
    // The scheme is case-insensitive, as HTTP says.
    QCOMPARE(send("GET", u"/stats"_s, {}, {}, QByteArray("bearer " + m_sim->apiKey().toUtf8())).status, 200);
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 0);
}

void tst_PaySim::bodyTooLarge()
{
    const QByteArray huge = toJson({{u"token"_s, QString(70 * 1024, u'x')},
                                    {u"amount"_s, 100},
                                    {u"currency"_s, u"KRW"_s}});
    const Answer answer = send("POST", u"/v1/authorisations"_s, huge, newKey());
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.code(), u"payload_too_large"_s);
    QCOMPARE(get(u"/stats"_s).status, 200); // the simulator serves on
}

void tst_PaySim::pipelinedAnswersKeepTheirOrder()
{
    // A held answer, then on the same connection one that is ready at once: HTTP/1.1 wants
    // them back in the order asked.
    QVERIFY(m_sim->control({{u"latency_ms"_s, 500}}));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_sim->url().port()));
    QVERIFY(socket.waitForConnected(ReplyTimeoutMs));
    const QByteArray head = "Host: 127.0.0.1\r\nAuthorization: Bearer " + m_sim->apiKey().toUtf8() + "\r\n\r\n";
    socket.write("GET /v1/authorisations/auth_x HTTP/1.1\r\n" + head + "GET /stats HTTP/1.1\r\n" + head);

    QByteArray received;
    static const QRegularExpression statusLine(u"HTTP/1\\.1 (\\d+) "_s);
    QList<int> statuses;
    while (statuses.size() < 2 && socket.waitForReadyRead(ReplyTimeoutMs)) {
        received += socket.readAll();
        statuses.clear();
        for (auto it = statusLine.globalMatch(QString::fromLatin1(received)); it.hasNext();)
            statuses.append(it.next().captured(1).toInt());
    }
    QVERIFY2(statuses == (QList<int>{404, 200}), received.constData());
}

// ---- contract routes ---------------------------------------------------------------------------

void tst_PaySim::tokens()
{
    static const QRegularExpression tokenFormat(u"^tok_[A-Za-z0-9_-]{22}$"_s);
    const Answer visa = post(u"/v1/tokens"_s, card(u"4242424242424242"_s), {});
    QCOMPARE(visa.status, 201);
    QCOMPARE(visa.contentType, QByteArray("application/json"));
    QVERIFY2(tokenFormat.match(visa.text("token")).hasMatch(), visa.body.constData());
    QCOMPARE(visa.text("brand"), u"visa"_s);
    QCOMPARE(visa.text("last4"), u"4242"_s);
    QCOMPARE(visa.json().size(), 3);

    // Written with spaces, and a 4-digit CVC.
    const Answer mastercard =
        post(u"/v1/tokens"_s, card(u"5555 5555 5555 4444"_s, 1, u"1234"_s), {});
    QCOMPARE(mastercard.status, 201);
    QCOMPARE(mastercard.text("brand"), u"mastercard"_s);
    QCOMPARE(mastercard.text("last4"), u"4444"_s);
    const Answer amex = post(u"/v1/tokens"_s, card(u"378282246310005"_s), {});
    QCOMPARE(amex.text("brand"), u"amex"_s);

    // The same card twice: two tokens, no Idempotency-Key needed (one given is ignored).
    const QByteArray key = newKey();
    const Answer first = post(u"/v1/tokens"_s, card(u"4242424242424242"_s), key);
    const Answer second = post(u"/v1/tokens"_s, card(u"4242424242424242"_s), key);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QVERIFY(second.replayed.isEmpty());
    QVERIFY(first.text("token") != second.text("token"));
    QVERIFY(first.text("token") != visa.text("token"));

    // Expiring this month is still valid.
    QJsonObject thisMonth = card(u"4242424242424242"_s, 0);
    thisMonth.insert(u"exp_month"_s, QDate::currentDate().month());
    QCOMPARE(post(u"/v1/tokens"_s, thisMonth, {}).status, 201);
    QCOMPARE(m_sim->stats().value(u"tokens"_s).toInteger(), 6);
}

void tst_PaySim::luhn_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("visa") << u"4242424242424242"_s << true;
    QTest::newRow("visa, last digit off") << u"4242424242424241"_s << false;
    QTest::newRow("visa, two digits swapped") << u"4242424242424224"_s << false;
    QTest::newRow("mastercard") << u"5105105105105100"_s << true;
    QTest::newRow("amex 15 digits") << u"371449635398431"_s << true;
    QTest::newRow("visa 13 digits") << u"4222222222222"_s << true;
    QTest::newRow("19 digits") << u"6011000990139424000"_s << false;
    QTest::newRow("declined test card") << u"4000000000000002"_s << true;
    QTest::newRow("all zeros, too short") << u"00000000000"_s << false;
    QTest::newRow("letters") << u"4242a24242424242"_s << false;
    QTest::newRow("dashes") << u"4242-4242-4242-4242"_s << false;
    QTest::newRow("empty") << u""_s << false;
}

void tst_PaySim::luhn()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    const Answer answer = post(u"/v1/tokens"_s, card(number), {});
    QCOMPARE(answer.status, valid ? 201 : 422);
    if (!valid)
        QCOMPARE(answer.code(), u"invalid_card"_s);
}

void tst_PaySim::invalidCards_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    // %1: a year in the future.
    const auto raw = [](const char *pattern) {
        return QString::fromLatin1(pattern).arg(QDate::currentDate().year() + 2).toUtf8();
    };
    const QString visa = u"4242424242424242"_s;
    QTest::newRow("expired last year") << toJson(card(visa, -1)) << 422 << u"invalid_card"_s;
    QTest::newRow("month 13") << raw(R"({"number":"4242424242424242","exp_month":13,"exp_year":%1,"cvc":"123"})")
                              << 422 << u"invalid_card"_s;
    QTest::newRow("cvc of 2 digits") << toJson(card(visa, 2, u"12"_s)) << 422 << u"invalid_card"_s;
    QTest::newRow("cvc of 5 digits") << toJson(card(visa, 2, u"12345"_s)) << 422 << u"invalid_card"_s;
    QTest::newRow("cvc with a letter") << toJson(card(visa, 2, u"12a"_s)) << 422 << u"invalid_card"_s;
    QTest::newRow("number as a number")
        << raw(R"({"number":4242424242424242,"exp_month":12,"exp_year":%1,"cvc":"123"})") << 400 << u"bad_request"_s;
    QTest::newRow("cvc as a number")
        << raw(R"({"number":"4242424242424242","exp_month":12,"exp_year":%1,"cvc":123})") << 400 << u"bad_request"_s;
    QTest::newRow("month as text")
        << raw(R"({"number":"4242424242424242","exp_month":"12","exp_year":%1,"cvc":"123"})") << 400
        << u"bad_request"_s;
    QTest::newRow("no expiry") << QByteArray(R"({"number":"4242424242424242","cvc":"123"})") << 400
                               << u"bad_request"_s;
    QTest::newRow("malformed JSON") << QByteArray(R"({"number": "42)") << 400 << u"bad_request"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << 400 << u"bad_request"_s;
    QTest::newRow("empty body") << QByteArray() << 400 << u"bad_request"_s;
}

void tst_PaySim::invalidCards()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Answer answer = send("POST", u"/v1/tokens"_s, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
    QCOMPARE(m_sim->stats().value(u"tokens"_s).toInteger(), 0);
}

void tst_PaySim::authorise()
{
    static const QRegularExpression idFormat(u"^auth_[A-Za-z0-9_-]+$"_s);
    const Answer approved = authorise(makeToken(), 55000);
    QCOMPARE(approved.status, 201);
    QVERIFY2(idFormat.match(approved.text("id")).hasMatch(), approved.body.constData());
    QCOMPARE(approved.text("status"), u"authorised"_s);
    QCOMPARE(approved.integer("amount"), 55000);
    QCOMPARE(approved.text("currency"), u"KRW"_s);
    QCOMPARE(approved.text("brand"), u"visa"_s);
    QCOMPARE(approved.text("last4"), u"4242"_s);
    QVERIFY(!approved.json().contains(QLatin1StringView("decline_code")));

    const Answer declined = authorise(makeToken(u"4000000000000002"_s), 55000);
    QCOMPARE(declined.status, 201); // a decline is an answer, not an error
    QCOMPARE(declined.text("status"), u"declined"_s);
    QCOMPARE(declined.text("decline_code"), u"card_declined"_s);
    QCOMPARE(declined.text("last4"), u"0002"_s);
    QCOMPARE(declined.integer("amount"), 55000);

    const Answer poor = authorise(makeToken(u"4000000000009995"_s), 1200);
    QCOMPARE(poor.status, 201);
    QCOMPARE(poor.text("status"), u"declined"_s);
    QCOMPARE(poor.text("decline_code"), u"insufficient_funds"_s);

    // Any other Luhn-valid number is authorised.
    const Answer other = authorise(makeToken(randomCardNumber(u"4"_s, 16)), 1);
    QCOMPARE(other.text("status"), u"authorised"_s);
}

void tst_PaySim::authoriseErrors()
{
    const QString token = makeToken();
    const Answer unknown = authorise(u"tok_00000000000000000000000000000000"_s, 100);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.code(), u"unknown_token"_s);

    const QList<QJsonObject> badBodies{
        {{u"token"_s, token}, {u"amount"_s, 0}, {u"currency"_s, u"KRW"_s}},
        {{u"token"_s, token}, {u"amount"_s, -5}, {u"currency"_s, u"KRW"_s}},
        {{u"token"_s, token}, {u"amount"_s, 10.5}, {u"currency"_s, u"KRW"_s}},
        {{u"token"_s, token}, {u"amount"_s, u"100"_s}, {u"currency"_s, u"KRW"_s}},
        {{u"token"_s, token}, {u"amount"_s, 100}, {u"currency"_s, u"krw"_s}},
        {{u"token"_s, token}, {u"amount"_s, 100}, {u"currency"_s, u"WON!"_s}},
        {{u"token"_s, token}, {u"amount"_s, 100}},
        {{u"token"_s, 42}, {u"amount"_s, 100}, {u"currency"_s, u"KRW"_s}},
    };
    for (const QJsonObject &body : badBodies) {
        const Answer answer = post(u"/v1/authorisations"_s, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), u"bad_request"_s);
    }
    QCOMPARE(send("POST", u"/v1/authorisations"_s, "not json", newKey()).code(),
             u"bad_request"_s);
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 0);
}

void tst_PaySim::capture()
{
    const QString id = authorise(makeToken(), 55000).text("id");
    const Answer tooMuch = capture(id, 55001);
    QCOMPARE(tooMuch.status, 422);
    QCOMPARE(tooMuch.code(), u"amount_exceeds_authorisation"_s);
    QCOMPARE(capture(id, 0).status, 400);

    const Answer captured = capture(id, 55000);
    QCOMPARE(captured.status, 200);
    QCOMPARE(captured.text("id"), id);
    QCOMPARE(captured.text("status"), u"captured"_s);
    QCOMPARE(captured.integer("amount"), 55000);
    QCOMPARE(captured.text("currency"), u"KRW"_s);

    const Answer again = capture(id, 55000); // another key: a second capture
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), u"not_capturable"_s);

    // Less than authorised is fine (e.g. a shorter rental).
    const QString partial = authorise(makeToken(), 30000).text("id");
    const Answer part = capture(partial, 25000);
    QCOMPARE(part.status, 200);
    QCOMPARE(part.integer("amount"), 25000);
    QCOMPARE(get(u"/v1/authorisations/"_s + partial).integer("captured"), 25000);

    const QString declined = authorise(makeToken(u"4000000000000002"_s), 55000).text("id");
    QCOMPARE(capture(declined, 55000).code(), u"not_capturable"_s);
    QCOMPARE(capture(declined, 55000).status, 409);

    QCOMPARE(refund(id, 55000).status, 201);
    QCOMPARE(capture(id, 100).code(), u"not_capturable"_s); // already refunded

    const Answer unknown = capture(u"auth_unknown"_s, 100);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), u"not_found"_s);
}

void tst_PaySim::refunds()
{
    const QString uncaptured = authorise(makeToken(), 10000).text("id");
    const Answer notCaptured = refund(uncaptured, 100);
    QCOMPARE(notCaptured.status, 409);
    QCOMPARE(notCaptured.code(), u"not_refundable"_s);
    const QString declined = authorise(makeToken(u"4000000000009995"_s), 10000).text("id");
    QCOMPARE(refund(declined, 100).code(), u"not_refundable"_s);

    const QString id = capturedAuthorisation(55000);
    QVERIFY(!id.isEmpty());
    static const QRegularExpression refundFormat(u"^ref_[A-Za-z0-9_-]+$"_s);
    const Answer first = refund(id, 20000);
    QCOMPARE(first.status, 201);
    QVERIFY2(refundFormat.match(first.text("id")).hasMatch(), first.body.constData());
    QCOMPARE(first.text("authorisation"), id);
    QCOMPARE(first.text("status"), u"refunded"_s);
    QCOMPARE(first.integer("amount"), 20000);
    QCOMPARE(first.text("currency"), u"KRW"_s);
    QCOMPARE(get(u"/v1/authorisations/"_s + id).text("status"), u"captured"_s);

    const Answer tooMuch = refund(id, 35001);
    QCOMPARE(tooMuch.status, 422);
    QCOMPARE(tooMuch.code(), u"amount_exceeds_capture"_s);
    const Answer wrongCurrency = refund(id, 100, u"USD"_s);
    QCOMPARE(wrongCurrency.status, 422);
    QCOMPARE(wrongCurrency.code(), u"currency_mismatch"_s);
    QCOMPARE(refund(id, -1).status, 400);
    QCOMPARE(refund(id, 100, u"won"_s).status, 400);

    QCOMPARE(refund(id, 35000).status, 201);
    const Answer state = get(u"/v1/authorisations/"_s + id);
    QCOMPARE(state.text("status"), u"refunded"_s);
    QCOMPARE(state.integer("refunded"), 55000);
    QCOMPARE(refund(id, 1).code(), u"amount_exceeds_capture"_s);

    const Answer unknown = refund(u"auth_unknown"_s, 100);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), u"not_found"_s);
}

void tst_PaySim::describe()
{
    const QString id = authorise(makeToken(), 55000).text("id");
    Answer state = get(u"/v1/authorisations/"_s + id);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json(), (QJsonObject{{u"id"_s, id},
                                        {u"status"_s, u"authorised"_s},
                                        {u"amount"_s, 55000},
                                        {u"currency"_s, u"KRW"_s},
                                        {u"captured"_s, 0},
                                        {u"refunded"_s, 0}}));
    QCOMPARE(capture(id, 50000).status, 200);
    QCOMPARE(refund(id, 10000).status, 201);
    state = get(u"/v1/authorisations/"_s + id);
    QCOMPARE(state.text("status"), u"captured"_s);
    QCOMPARE(state.integer("amount"), 55000);
    QCOMPARE(state.integer("captured"), 50000);
    QCOMPARE(state.integer("refunded"), 10000);

    const QString declined = authorise(makeToken(u"4000000000000002"_s), 700).text("id");
    QCOMPARE(get(u"/v1/authorisations/"_s + declined).text("status"), u"declined"_s);

    const Answer unknown = get(u"/v1/authorisations/auth_nothing"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), u"not_found"_s);
}

// ---- looking an authorisation up by its Idempotency-Key -----------------------------------------

void tst_PaySim::lookupByKey()
{
    const QByteArray key = newKey();
    const Answer authorised = authorise(makeToken(), 55000, key);
    QCOMPARE(authorised.status, 201);
    const QString id = authorised.text("id");
    const QString describePath = u"/v1/authorisations/"_s + id;
    Answer found = lookUp(key);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.contentType, QByteArray("application/json"));
    QVERIFY(found.replayed.isEmpty());
    QCOMPARE(found.text("id"), id);
    QCOMPARE(found.text("status"), u"authorised"_s);
    QCOMPARE(found.json(), get(describePath).json());

    // It tells where the payment stands now, not what the POST answered then.
    QCOMPARE(capture(id, 55000).status, 200);
    found = lookUp(key);
    QCOMPARE(found.text("status"), u"captured"_s);
    QCOMPARE(found.integer("captured"), 55000);
    QCOMPARE(found.json(), get(describePath).json());

    // A decline is an authorisation too.
    const QByteArray declinedKey = newKey();
    QCOMPARE(authorise(makeToken(u"4000000000000002"_s), 700, declinedKey).text("status"), u"declined"_s);
    const Answer declined = lookUp(declinedKey);
    QCOMPARE(declined.status, 200);
    QCOMPARE(declined.text("status"), u"declined"_s);
    QCOMPARE(declined.integer("amount"), 700);

    // Any key a POST accepts can be looked up, percent-encoded in the query.
    const QByteArray oddKey = "order 17/a & b?=+%";
    const Answer odd = authorise(makeToken(), 100, oddKey);
    QCOMPARE(odd.status, 201);
    QCOMPARE(lookUp(oddKey).text("id"), odd.text("id"));

    // Looking up does no work and replays nothing.
    const QJsonObject before = m_sim->stats();
    QCOMPARE(lookUp(key).status, 200);
    QJsonObject after = m_sim->stats();
    QCOMPARE(after.value(u"requests"_s).toInteger(), before.value(u"requests"_s).toInteger() + 1);
    after.remove(u"requests"_s);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        QCOMPARE(it.value(), before.value(it.key()));
}

void tst_PaySim::lookupByKeyNotFound()
{
    const Answer unknown = lookUp(newKey());
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), u"no_authorisation_for_key"_s);
    QCOMPARE(unknown.contentType, QByteArray("application/problem+json"));

    // A request failed on purpose did nothing: there is nothing to find until a retry does the work.
    const QString token = makeToken();
    const QByteArray key = newKey();
    QVERIFY(m_sim->control({{u"fail_next"_s, 1}}));
    QCOMPARE(authorise(token, 55000, key).status, 500);
    QCOMPARE(lookUp(key).code(), u"no_authorisation_for_key"_s);
    QVERIFY(m_sim->control({{u"failure_rate"_s, 1.0}}));
    QCOMPARE(authorise(token, 55000, key).status, 500);
    QVERIFY(m_sim->control({{u"failure_rate"_s, 0.0}, {u"outage"_s, true}}));
    QCOMPARE(authorise(token, 55000, key).status, 503);
    QVERIFY(m_sim->control({{u"outage"_s, false}}));
    QCOMPARE(lookUp(key).status, 404);
    const Answer done = authorise(token, 55000, key);
    QCOMPARE(done.status, 201);
    QCOMPARE(lookUp(key).text("id"), done.text("id"));

    // A refused request made nothing either.
    const QByteArray refusedKey = newKey();
    QCOMPARE(authorise(u"tok_00000000000000000000000000000000"_s, 100, refusedKey).status, 422);
    QCOMPARE(lookUp(refusedKey).status, 404);
    const QByteArray badKey = newKey();
    QCOMPARE(authorise(token, 0, badKey).status, 400);
    QCOMPARE(lookUp(badKey).status, 404);

    // Only the keys of authorisations are found, not those of captures or refunds.
    const QByteArray captureKey = newKey();
    const QByteArray refundKey = newKey();
    QCOMPARE(capture(done.text("id"), 55000, captureKey).status, 200);
    QCOMPARE(refund(done.text("id"), 100, u"KRW"_s, refundKey).status, 201);
    QCOMPARE(lookUp(captureKey).code(), u"no_authorisation_for_key"_s);
    QCOMPARE(lookUp(refundKey).code(), u"no_authorisation_for_key"_s);
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 1);
}

void tst_PaySim::lookupByKeyErrors()
{
    const QByteArray key = newKey();
    QCOMPARE(authorise(makeToken(), 100, key).status, 201);
    for (const QByteArray &header : {QByteArray(), QByteArray("Bearer wrong-key")}) {
        for (const QString &path : {lookupPath(key), u"/v1/authorisations"_s}) {
            const Answer answer = send("GET", path, {}, {}, header);
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.code(), u"unauthorised"_s);
        }
    }

    for (const char *query : {"", "?", "?idempotency_key", "?idempotency_key=", "?idempotency_key=%20%20",
                              "?idempotencyKey=abc", "?key=abc"}) {
        const Answer answer = get(u"/v1/authorisations"_s + QLatin1StringView(query));
        QVERIFY2(answer.status == 400, query);
        QCOMPARE(answer.code(), u"idempotency_key_missing"_s);
        QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
    }
    const Answer twice = get(lookupPath(key) + u"&idempotency_key="_s + QString::fromLatin1(newKey()));
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.code(), u"bad_request"_s);
    const Answer tooLong = lookUp(QByteArray(256, 'k'));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.code(), u"bad_request"_s);
    QCOMPARE(lookUp(QByteArray(255, 'k')).status, 404); // the longest key a POST accepts
    // Other parameters are no business of the lookup.
    QCOMPARE(get(lookupPath(key) + u"&expand=everything"_s).status, 200);

    for (const QByteArray &method : {QByteArray("PUT"), QByteArray("DELETE")}) {
        const Answer answer = send(method, lookupPath(key));
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.allow, QByteArray("GET, POST"));
    }
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 1);
}

void tst_PaySim::lookupByKeyMisbehaves()
{
    // Like GET /v1/authorisations/{id}: it waits, fails and lies as the settings say.
    constexpr int LatencyMs = 300;
    const QByteArray key = newKey();
    QCOMPARE(authorise(makeToken(), 55000, key).status, 201);

    QVERIFY(m_sim->control({{u"latency_ms"_s, LatencyMs}}));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(lookUp(key).status, 200);
    QVERIFY2(clock.elapsed() >= LatencyMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(m_sim->control({{u"latency_ms"_s, 0}}));

    QVERIFY(m_sim->control({{u"fail_next"_s, 1}}));
    const Answer failed = lookUp(key);
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.code(), u"provider_error"_s);
    QCOMPARE(lookUp(key).status, 200);

    QVERIFY(m_sim->control({{u"outage"_s, true}}));
    QCOMPARE(lookUp(key).code(), u"provider_unavailable"_s);
    QCOMPARE(lookUp(newKey()).status, 503);
    QVERIFY(m_sim->control({{u"outage"_s, false}}));
    QCOMPARE(m_sim->stats().value(u"failed"_s).toInteger(), 3);

    QVERIFY(m_sim->control({{u"answer"_s, u"wrong_amount"_s}}));
    QCOMPARE(lookUp(key).integer("amount"), 55001);
    QVERIFY(m_sim->control({{u"answer"_s, u"unknown_status"_s}}));
    QVERIFY(!KnownStatuses.contains(lookUp(key).text("status")));
    QVERIFY(m_sim->control({{u"answer"_s, u"garbage"_s}}));
    const Answer garbage = lookUp(key);
    QCOMPARE(garbage.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(garbage.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(lookUp(newKey()).code(), u"no_authorisation_for_key"_s); // errors keep their true answer
    QVERIFY(m_sim->control({{u"answer"_s, u"normal"_s}}));
    QCOMPARE(lookUp(key).integer("amount"), 55000);
}

// ---- idempotency -------------------------------------------------------------------------------

void tst_PaySim::idempotentReplay()
{
    const QString token = makeToken();
    const QByteArray key = newKey();
    const Answer first = authorise(token, 55000, key);
    QCOMPARE(first.status, 201);
    QVERIFY(first.replayed.isEmpty());
    const QJsonObject before = m_sim->stats();

    const Answer second = authorise(token, 55000, key);
    QCOMPARE(second.status, first.status);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.replayed, QByteArray("true"));
    // The same JSON written differently is the same request.
    const QByteArray reordered = R"({ "currency": "KRW", "amount": 55000, "token": ")" + token.toUtf8() + R"(" })";
    const Answer third = send("POST", u"/v1/authorisations"_s, reordered, key);
    QCOMPARE(third.body, first.body);
    QCOMPARE(third.replayed, QByteArray("true"));

    QJsonObject after = m_sim->stats();
    QCOMPARE(after.value(u"replays"_s).toInteger(), before.value(u"replays"_s).toInteger() + 2);
    QCOMPARE(after.value(u"requests"_s).toInteger(), before.value(u"requests"_s).toInteger() + 2);
    for (const char *figure :
         {"tokens", "authorisations", "declines", "captures", "captured", "refunds", "refunded", "failed"})
        QCOMPARE(after.value(QLatin1StringView(figure)), before.value(QLatin1StringView(figure)));

    // Captures and refunds are done once, whatever the retries.
    const QString id = first.text("id");
    const QByteArray captureKey = newKey();
    QCOMPARE(capture(id, 55000, captureKey).status, 200);
    const Answer recaptured = capture(id, 55000, captureKey);
    QCOMPARE(recaptured.status, 200);
    QCOMPARE(recaptured.replayed, QByteArray("true"));
    const QByteArray refundKey = newKey();
    const Answer refunded = refund(id, 5000, u"KRW"_s, refundKey);
    const Answer refundedAgain = refund(id, 5000, u"KRW"_s, refundKey);
    QCOMPARE(refundedAgain.body, refunded.body);
    after = m_sim->stats();
    QCOMPARE(after.value(u"captures"_s).toInteger(), 1);
    QCOMPARE(after.value(u"captured"_s).toInteger(), 55000);
    QCOMPARE(after.value(u"refunds"_s).toInteger(), 1);
    QCOMPARE(after.value(u"refunded"_s).toInteger(), 5000);

    // An error answer is replayed as it was, too.
    const QByteArray failedKey = newKey();
    const Answer tooMuch = refund(id, 99999, u"KRW"_s, failedKey);
    QCOMPARE(tooMuch.status, 422);
    const Answer tooMuchAgain = refund(id, 99999, u"KRW"_s, failedKey);
    QCOMPARE(tooMuchAgain.status, 422);
    QCOMPARE(tooMuchAgain.body, tooMuch.body);
    QCOMPARE(tooMuchAgain.replayed, QByteArray("true"));
}

void tst_PaySim::idempotencyKeyReused()
{
    const QString token = makeToken();
    const QByteArray key = newKey();
    const Answer first = authorise(token, 55000, key);
    QCOMPARE(first.status, 201);
    const Answer otherAmount = authorise(token, 55001, key);
    QCOMPARE(otherAmount.status, 422);
    QCOMPARE(otherAmount.code(), u"idempotency_key_reused"_s);
    // The same key on another route is another request as well.
    const Answer otherRoute = capture(first.text("id"), 55000, key);
    QCOMPARE(otherRoute.status, 422);
    QCOMPARE(otherRoute.code(), u"idempotency_key_reused"_s);
    const QJsonObject stats = m_sim->stats();
    QCOMPARE(stats.value(u"authorisations"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"captures"_s).toInteger(), 0);
    // The original request still replays.
    QCOMPARE(authorise(token, 55000, key).body, first.body);
}

void tst_PaySim::idempotencyKeyMissing()
{
    const QString id = authorise(makeToken(), 100).text("id");
    const QString token = makeToken();
    for (const auto &[path, body] :
         {std::pair{u"/v1/authorisations"_s,
                    QJsonObject{{u"token"_s, token}, {u"amount"_s, 100},
                                {u"currency"_s, u"KRW"_s}}},
          std::pair{u"/v1/authorisations/%1/capture"_s.arg(id), QJsonObject{{u"amount"_s, 100}}},
          std::pair{u"/v1/authorisations/%1/refunds"_s.arg(id),
                    QJsonObject{{u"amount"_s, 100}, {u"currency"_s, u"KRW"_s}}}}) {
        const Answer answer = send("POST", path, toJson(body), {});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), u"idempotency_key_missing"_s);
        QCOMPARE(send("POST", path, toJson(body), "   ").code(), u"idempotency_key_missing"_s);
    }
    const QJsonObject stats = m_sim->stats();
    QCOMPARE(stats.value(u"authorisations"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"captures"_s).toInteger(), 0);
}

// ---- /control ----------------------------------------------------------------------------------

void tst_PaySim::controlValidation()
{
    const Answer initial = get(u"/control"_s);
    QCOMPARE(initial.status, 200);
    const QJsonObject defaults{{u"latency_ms"_s, 0}, {u"failure_rate"_s, 0.0},
                               {u"outage"_s, false}, {u"fail_next"_s, 0},
                               {u"answer"_s, u"normal"_s}};
    QCOMPARE(initial.json(), defaults);

    const QList<QByteArray> rejected{
        R"({"latency_ms": -1})", R"({"latency_ms": 1.5})", R"({"latency_ms": "10"})", R"({"failure_rate": 1.01})",
        R"({"failure_rate": -0.1})", R"({"outage": 1})", R"({"fail_next": -2})", R"({"answer": "sometimes"})",
        R"({"answer": 1})", R"({"latency": 10})", R"({"fail_next": 1, "answer": "bogus"})", "not json", "[]"};
    for (const QByteArray &body : rejected) {
        const Answer answer = send("PUT", u"/control"_s, body);
        QVERIFY2(answer.status == 400, body.constData());
        QCOMPARE(answer.code(), u"bad_request"_s);
    }
    QCOMPARE(get(u"/control"_s).json(), defaults); // all or nothing

    const Answer changed = send("PUT", u"/control"_s, R"({"fail_next": 3, "answer": "wrong_amount"})");
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(u"fail_next"_s).toInteger(), 3);
    QCOMPARE(changed.text("answer"), u"wrong_amount"_s);
    QCOMPARE(changed.json().value(u"latency_ms"_s).toInteger(), 0); // left as it was
    QCOMPARE(get(u"/control"_s).json(), changed.json());
}

void tst_PaySim::latency()
{
    constexpr int LatencyMs = 1500;
    const QString token = makeToken();
    QVERIFY(m_sim->control({{u"latency_ms"_s, LatencyMs}}));

    QElapsedTimer clock;
    clock.start();
    const QByteArray key = newKey();
    QNetworkReply *pending = sendAsync("POST", u"/v1/authorisations"_s,
                                       toJson({{u"token"_s, token}, {u"amount"_s, 55000},
                                               {u"currency"_s, u"KRW"_s}}),
                                       key);
    // /stats answers at once meanwhile, and already shows the work: the server is not blocked.
    QJsonObject stats;
    while (!pending->isFinished() && stats.value(u"authorisations"_s).toInteger() != 1)
        stats = get(u"/stats"_s).json();
    QVERIFY2(!pending->isFinished(), "the answer came before the work showed in /stats");
    QCOMPARE(stats.value(u"authorisations"_s).toInteger(), 1);

    const Answer answer = wait(pending);
    QVERIFY2(clock.elapsed() >= LatencyMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.integer("amount"), 55000);

    // A client that gives up early has still been charged: its retry gets the same answer.
    const QByteArray abandonedKey = newKey();
    QNetworkReply *abandoned = sendAsync("POST", u"/v1/authorisations/%1/capture"_s.arg(answer.text("id")),
                                         toJson({{u"amount"_s, 55000}}), abandonedKey);
    QJsonObject charged;
    while (!abandoned->isFinished() && charged.value(u"captures"_s).toInteger() != 1)
        charged = m_sim->stats(); // one round trip per turn
    QVERIFY(!abandoned->isFinished());
    abandoned->abort();
    abandoned->deleteLater();
    // Held longer than the abandoned answer: that one's timer fires on a closed connection first.
    const Answer state = get(u"/v1/authorisations/"_s + answer.text("id"));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.text("status"), u"captured"_s);
    QVERIFY(m_sim->control({{u"latency_ms"_s, 0}}));
    const Answer retried = capture(answer.text("id"), 55000, abandonedKey);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.replayed, QByteArray("true"));
    QCOMPARE(m_sim->stats().value(u"captured"_s).toInteger(), 55000);
}

void tst_PaySim::failNext()
{
    const QString token = makeToken();
    QVERIFY(m_sim->control({{u"fail_next"_s, 2}}));
    const QByteArray key = newKey();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Answer failed = authorise(token, 55000, key);
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.code(), u"provider_error"_s);
        QCOMPARE(failed.contentType, QByteArray("application/problem+json"));
    }
    QJsonObject stats = m_sim->stats();
    QCOMPARE(stats.value(u"authorisations"_s).toInteger(), 0);
    QCOMPARE(stats.value(u"failed"_s).toInteger(), 2);
    QCOMPARE(get(u"/control"_s).json().value(u"fail_next"_s).toInteger(), 0);

    // The failures recorded nothing for the key: the retry does the work, once.
    const Answer done = authorise(token, 55000, key);
    QCOMPARE(done.status, 201);
    QVERIFY(done.replayed.isEmpty());
    const Answer replayed = authorise(token, 55000, key);
    QCOMPARE(replayed.body, done.body);
    QCOMPARE(replayed.replayed, QByteArray("true"));
    stats = m_sim->stats();
    QCOMPARE(stats.value(u"authorisations"_s).toInteger(), 1);
    QCOMPARE(stats.value(u"failed"_s).toInteger(), 2);

    // Any contract route counts, GET too; /control and /stats never fail.
    QVERIFY(m_sim->control({{u"fail_next"_s, 1}}));
    QCOMPARE(get(u"/stats"_s).status, 200);
    QCOMPARE(get(u"/v1/authorisations/"_s + done.text("id")).status, 500);
    QCOMPARE(get(u"/v1/authorisations/"_s + done.text("id")).status, 200);
}

void tst_PaySim::failureRate()
{
    QVERIFY(m_sim->control({{u"failure_rate"_s, 1.0}}));
    for (int i = 0; i < 5; ++i) {
        const Answer answer = post(u"/v1/tokens"_s, card(u"4242424242424242"_s), {});
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.code(), u"provider_error"_s);
    }
    QJsonObject stats = m_sim->stats();
    QCOMPARE(stats.value(u"failed"_s).toInteger(), 5);
    QCOMPARE(stats.value(u"tokens"_s).toInteger(), 0);

    QVERIFY(m_sim->control({{u"failure_rate"_s, 0.0}}));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post(u"/v1/tokens"_s, card(u"4242424242424242"_s), {}).status, 201);
    stats = m_sim->stats();
    QCOMPARE(stats.value(u"failed"_s).toInteger(), 5);
    QCOMPARE(stats.value(u"tokens"_s).toInteger(), 5);
}

void tst_PaySim::seededFailureRate()
{
    // The same seed fails the same requests; a share of about one half fails.
    QList<int> runs[2];
    for (QList<int> &statuses : runs) {
        PaySimProcess sim;
        QVERIFY(sim.start({u"--seed"_s, u"7"_s, u"--failure-rate"_s,
                           u"0.5"_s}));
        for (int i = 0; i < 40; ++i) {
            QNetworkReply *reply = m_network.get(sim.request(u"/v1/authorisations/auth_none"_s));
            statuses.append(wait(reply).status);
        }
        QCOMPARE(sim.stats().value(u"failed"_s).toInteger(), statuses.count(500));
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].count(500) > 5);
    QVERIFY(runs[0].count(404) > 5);
    QCOMPARE(runs[0].count(500) + runs[0].count(404), 40);
}

void tst_PaySim::outage()
{
    constexpr int LatencyMs = 5000;
    const QString token = makeToken();
    QVERIFY(m_sim->control({{u"outage"_s, true}, {u"latency_ms"_s, LatencyMs}}));
    const QByteArray key = newKey();
    QElapsedTimer clock;
    clock.start();
    const Answer down = authorise(token, 55000, key);
    QCOMPARE(down.status, 503);
    QCOMPARE(down.code(), u"provider_unavailable"_s);
    QVERIFY2(clock.elapsed() < LatencyMs, "an outage answers at once, not after the latency");
    QCOMPARE(post(u"/v1/tokens"_s, card(u"4242424242424242"_s), {}).status, 503);
    QCOMPARE(get(u"/v1/authorisations/auth_x"_s).status, 503);
    QJsonObject stats = m_sim->stats();
    QCOMPARE(stats.value(u"failed"_s).toInteger(), 3);
    QCOMPARE(stats.value(u"authorisations"_s).toInteger(), 0);

    QVERIFY(m_sim->control({{u"outage"_s, false}, {u"latency_ms"_s, 0}}));
    const Answer back = authorise(token, 55000, key);
    QCOMPARE(back.status, 201);
    QVERIFY(back.replayed.isEmpty());
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 1);
}

void tst_PaySim::outageFromCommandLine()
{
    PaySimProcess sim;
    QVERIFY(sim.start({u"--outage"_s, u"--latency-ms"_s, u"250"_s}));
    const QJsonObject control = wait(m_network.get(sim.request(u"/control"_s))).json();
    QCOMPARE(control.value(QLatin1StringView("outage")).toBool(), true);
    QCOMPARE(control.value(u"latency_ms"_s).toInteger(), 250);
    QCOMPARE(wait(m_network.get(sim.request(u"/v1/authorisations/auth_x"_s))).status, 503);
    QVERIFY(sim.control({{u"outage"_s, false}}));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(wait(m_network.get(sim.request(u"/v1/authorisations/auth_x"_s))).status, 404);
    QVERIFY(clock.elapsed() >= 250);
}

// ---- answer modes ------------------------------------------------------------------------------

void tst_PaySim::answerGarbage()
{
    const QString token = makeToken();
    QVERIFY(m_sim->control({{u"answer"_s, u"garbage"_s}}));
    const QByteArray key = newKey();
    const Answer garbage = authorise(token, 55000, key);
    QCOMPARE(garbage.status, 201);
    QVERIFY(!garbage.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(garbage.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    // The work was done all the same.
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 1);
    // Errors keep their true answer.
    QCOMPARE(get(u"/v1/authorisations/auth_x"_s).code(), u"not_found"_s);

    QVERIFY(m_sim->control({{u"answer"_s, u"normal"_s}}));
    const Answer retried = authorise(token, 55000, key);
    QCOMPARE(retried.status, 201);
    QCOMPARE(retried.replayed, QByteArray("true"));
    QCOMPARE(retried.text("status"), u"authorised"_s);
    QCOMPARE(retried.integer("amount"), 55000);
    QCOMPARE(m_sim->stats().value(u"authorisations"_s).toInteger(), 1);
}

void tst_PaySim::answerWrongAmount()
{
    const QString token = makeToken();
    QVERIFY(m_sim->control({{u"answer"_s, u"wrong_amount"_s}}));
    const Answer authorised = authorise(token, 55000);
    QCOMPARE(authorised.status, 201);
    QCOMPARE(authorised.integer("amount"), 55001);
    QCOMPARE(authorised.text("status"), u"authorised"_s);
    const QString id = authorised.text("id");
    QCOMPARE(capture(id, 40000).integer("amount"), 40001);
    QCOMPARE(refund(id, 100).integer("amount"), 101);
    QCOMPARE(get(u"/v1/authorisations/"_s + id).integer("amount"), 55001);

    QVERIFY(m_sim->control({{u"answer"_s, u"normal"_s}}));
    const Answer truth = get(u"/v1/authorisations/"_s + id);
    QCOMPARE(truth.integer("amount"), 55000);
    QCOMPARE(truth.integer("captured"), 40000);
    QCOMPARE(truth.integer("refunded"), 100);
}

void tst_PaySim::answerUnknownStatus()
{
    const QString token = makeToken();
    QVERIFY(m_sim->control({{u"answer"_s, u"unknown_status"_s}}));
    const Answer authorised = authorise(token, 55000);
    QCOMPARE(authorised.status, 201);
    QVERIFY(authorised.json().contains(QLatin1StringView("status")));
    QVERIFY2(!KnownStatuses.contains(authorised.text("status")), authorised.body.constData());
    QCOMPARE(authorised.integer("amount"), 55000);
    const QString id = authorised.text("id");
    QVERIFY(!KnownStatuses.contains(capture(id, 55000).text("status")));
    QVERIFY(!KnownStatuses.contains(get(u"/v1/authorisations/"_s + id).text("status")));
    QVERIFY(m_sim->control({{u"answer"_s, u"normal"_s}}));
    QCOMPARE(get(u"/v1/authorisations/"_s + id).text("status"), u"captured"_s);
}

// ---- /stats and the output -----------------------------------------------------------------

void tst_PaySim::statsFigures()
{
    const QString visa = makeToken();
    const QString declinedCard = makeToken(u"4000000000000002"_s);
    const QString first = authorise(visa, 55000).text("id");
    const QString second = authorise(visa, 30000).text("id");
    QCOMPARE(authorise(declinedCard, 10000).text("status"), u"declined"_s);
    QCOMPARE(capture(first, 55000).status, 200);
    QCOMPARE(capture(second, 20000).status, 200);
    QCOMPARE(refund(first, 5000).status, 201);
    QCOMPARE(refund(first, 7000).status, 201);
    QCOMPARE(refund(second, 30000).status, 422); // refused: nothing counted
    const QByteArray key = newKey();
    QCOMPARE(refund(second, 1000, u"KRW"_s, key).status, 201);
    QCOMPARE(refund(second, 1000, u"KRW"_s, key).replayed, QByteArray("true"));
    QVERIFY(m_sim->control({{u"fail_next"_s, 1}}));
    QCOMPARE(get(u"/v1/authorisations/"_s + first).status, 500);

    const QJsonObject expected{{u"requests"_s, 13},  {u"tokens"_s, 2},
                               {u"authorisations"_s, 3}, {u"declines"_s, 1},
                               {u"captures"_s, 2},   {u"captured"_s, 75000},
                               {u"refunds"_s, 3},    {u"refunded"_s, 13000},
                               {u"replays"_s, 1},    {u"failed"_s, 1}};
    QCOMPARE(m_sim->stats(), expected);
}

void tst_PaySim::noCardNumberInOutput()
{
    QVERIFY(containsLuhnValidRun(u"x 4242424242424242 y"_s)); // the scan itself works
    QVERIFY(containsLuhnValidRun(u"x 99424242424242424299 y"_s));
    QVERIFY(!containsLuhnValidRun(u"x 424242424242 y"_s)); // 12 digits

    QStringList numbers{u"4242424242424242"_s, u"4000000000000002"_s,
                        u"4000000000009995"_s, u"5555555555554444"_s,
                        u"378282246310005"_s};
    for (int i = 0; i < 20; ++i) {
        numbers << randomCardNumber(u"4"_s, 16) << randomCardNumber(u"51"_s, 16)
                << randomCardNumber(u"37"_s, 15) << randomCardNumber(u"6011"_s, 19);
    }
    for (const QString &number : std::as_const(numbers)) {
        const QString token = makeToken(number);
        QVERIFY2(!token.isEmpty(), qPrintable(number));
        QCOMPARE(authorise(token, 1000).status, 201);
        // Expired, a bad CVC, a Luhn failure, a number in the path: refused, and not logged either.
        QCOMPARE(post(u"/v1/tokens"_s, card(number, -1), {}).status, 422);
        QCOMPARE(post(u"/v1/tokens"_s, card(number, 2, u"1"_s), {}).status, 422);
        QString broken = number;
        broken[broken.size() - 1] = QChar(u'0' + (broken.back().digitValue() + 1) % 10);
        QCOMPARE(post(u"/v1/tokens"_s, card(broken), {}).status, 422);
        QCOMPARE(get(u"/v1/authorisations/"_s + number).status, 404);
        QCOMPARE(get(u"/v1/"_s + number).status, 404);
    }
    QCOMPARE(m_sim->stop(), 0);
    const QString output = m_sim->output();
    QVERIFY2(output.contains(u"POST /v1/tokens"_s), qPrintable(output.left(2000)));
    QVERIFY2(!containsLuhnValidRun(output), qPrintable(output.left(2000)));
    for (const QString &number : std::as_const(numbers))
        QVERIFY(!output.contains(number.right(8)));
}

QTEST_GUILESS_MAIN(tst_PaySim)
#include "tst_paysim.moc"
