// rentaldesk-server as a real process on loopback: command line, health, tokens, sign-in
// throttling, problem documents for refused requests, body limit, graceful stop on SIGTERM.
// The router, problem mapping, throttle and metrics are also checked in-process.
#include "core/readerpool.h"
#include "domain/errors.h"
#include "http/apimetrics.h"
#include "http/apirouter.h"
#include "http/breakermetrics.h"
#include "http/healthroutes.h"
#include "resilience/circuitbreaker.h"
#include "security/apitokens.h"
#include "security/signinthrottle.h"
#include "serverharness.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

namespace {

const QByteArray Password = "correct-horse-1";

QByteArray tokenBody(const QString &username, const QByteArray &password,
                     const QString &device = QStringLiteral("till-1"))
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("password"), QString::fromLatin1(password)},
                                     {QStringLiteral("device"), device}})
        .toJson(QJsonDocument::Compact);
}

ApiRequest request(const char *method, const QString &path)
{
    ApiRequest made;
    made.method = method;
    made.path = path;
    return made;
}

ApiResponse dispatched(const ApiRouter &router, const ApiRequest &apiRequest)
{
    QFuture<ApiResponse> future = router.dispatch(apiRequest);
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestServer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database; // with a manager "boss" and a clerk "clerk"
    QNetworkAccessManager m_network;

    QString databaseArgument() const { return QStringLiteral("sqlite:") + m_database; }

    QStringList serverArguments(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                           databaseArgument()}
        + extra;
    }

    // Checks a problem document's shape and code.
    static void verifyProblem(const HttpAnswer &answer, int status, const char *code)
    {
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.contentType, QByteArrayLiteral("application/problem+json"));
        const QJsonObject problem = answer.json();
        QCOMPARE(problem.value(QStringLiteral("code")).toString(), QString::fromLatin1(code));
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!problem.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!problem.value(QStringLiteral("type")).toString().isEmpty());
    }

    QByteArray signIn(ServerUnderTest &server, const QString &username)
    {
        const HttpAnswer answer = sendRequest(m_network, "POST", server.url(QStringLiteral("/api/v1/auth/token")),
                                              tokenBody(username, Password));
        return answer.status == 200 ? answer.json().value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("server.sqlite"));
        const CliRun manager = runServerCli(
            {QStringLiteral("--database"), databaseArgument(), QStringLiteral("--add-user"), QStringLiteral("boss"),
             QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--profile"), QStringLiteral("car")},
            Password + '\n');
        QVERIFY2(manager.exitCode == 0, qPrintable(manager.err));
        QVERIFY(manager.out.contains(QStringLiteral("boss")));
        QVERIFY2(!manager.out.contains(QString::fromLatin1(Password))
                     && !manager.err.contains(QString::fromLatin1(Password)),
                 "the password must never be printed");
        const CliRun clerk =
            runServerCli({QStringLiteral("--database"), databaseArgument(), QStringLiteral("--add-user"),
                          QStringLiteral("clerk"), QStringLiteral("--role"), QStringLiteral("clerk")},
                         Password + '\n');
        QVERIFY2(clerk.exitCode == 0, qPrintable(clerk.err));
    }

    // ---- in-process: the pieces the front end is made of ----

    void errorsMapToStatuses_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("validation") << errors::invalidQuantity(0).code << 422;
        QTest::newRow("unknown record") << errors::unknownReservation().code << 404;
        QTest::newRow("capacity") << errors::capacityConflict(0, 1).code << 409;
        QTest::newRow("version") << errors::versionConflict().code << 409;
        QTest::newRow("transition") << errors::invalidTransition(QStringLiteral("a"), QStringLiteral("b")).code << 409;
        QTest::newRow("forbidden") << errors::forbidden(QStringLiteral("clerk")).code << 403;
        QTest::newRow("own booking") << errors::notOwnBooking().code << 403;
        QTest::newRow("sign in") << errors::signInFailed().code << 401;
        QTest::newRow("storage") << errors::storage(QStringLiteral("x")).code << 503;
        QTest::newRow("gateway") << errors::gatewayUnavailable(QStringLiteral("x")).code << 503;
        QTest::newRow("bad profile value") << errors::unknownProfile(QStringLiteral("boat")).code << 422;
    }

    void errorsMapToStatuses()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        const ApiResponse response = ApiResponse::fromError(Error{code, QStringLiteral("message")});
        QCOMPARE(response.status, status);
        QCOMPARE(response.contentType, QByteArrayLiteral("application/problem+json"));
        const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(problem.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(problem.value(QStringLiteral("detail")).toString(), QStringLiteral("message"));
        QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("about:blank"));
    }

    void jsonBodiesAreCheckedByOneHelper()
    {
        ApiRequest malformed = request("POST", QStringLiteral("/x"));
        malformed.body = "{\"a\":";
        ApiResponse problem;
        QVERIFY(!parseJsonObject(malformed, problem));
        QCOMPARE(problem.status, 400);
        malformed.body = "[1]";
        QVERIFY(!parseJsonObject(malformed, problem));
        QCOMPARE(problem.status, 400);
        const QJsonObject object{{QStringLiteral("name"), 3}};
        QVERIFY(!requiredString(object, QStringLiteral("name"), problem));
        QCOMPARE(problem.status, 422);
        QVERIFY(QJsonDocument::fromJson(problem.body)
                    .object()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("\"name\"")));
        QCOMPARE(optionalString(object, QStringLiteral("missing"), problem, QStringLiteral("x")), QStringLiteral("x"));
    }

    void routerMatchesPatternsAndRefuses()
    {
        ApiRouter router;
        auto echo = [](const char *name) {
            return [name](const ApiRequest &r) {
                return QtFuture::makeReadyFuture(
                    ApiResponse::json(200,
                                      QJsonObject{{QStringLiteral("route"), QLatin1StringView(name)},
                                                  {QStringLiteral("id"), r.params.value(QStringLiteral("id"))}}));
            };
        };
        router.add("GET", QStringLiteral("/api/v1/things/{id}"), ApiRouter::Access::SignedIn, echo("read"));
        router.add("DELETE", QStringLiteral("/api/v1/things/{id}"), ApiRouter::Access::SignedIn, echo("retire"));
        router.add("GET", QStringLiteral("/api/v1/things/search"), ApiRouter::Access::Public, echo("search"));

        ApiRequest read = request("GET", QStringLiteral("/api/v1/things/42"));
        QCOMPARE(dispatched(router, read).status, 401);
        QCOMPARE(dispatched(router, read).header("www-authenticate").left(6), QByteArrayLiteral("Bearer"));
        read.user = User{};
        const ApiResponse found = dispatched(router, read);
        QCOMPARE(found.status, 200);
        QCOMPARE(QJsonDocument::fromJson(found.body).object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("42"));
        // The literal segment wins over the parameter.
        const ApiResponse search = dispatched(router, request("GET", QStringLiteral("/api/v1/things/search")));
        QCOMPARE(QJsonDocument::fromJson(search.body).object().value(QStringLiteral("route")).toString(),
                 QStringLiteral("search"));
        const ApiResponse wrongMethod = dispatched(router, request("PUT", QStringLiteral("/api/v1/things/42")));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), QByteArrayLiteral("DELETE, GET"));
        QCOMPARE(dispatched(router, request("GET", QStringLiteral("/api/v1/nothing"))).status, 404);
        QCOMPARE(router.patternOf("DELETE", QStringLiteral("/api/v1/things/7")), QStringLiteral("/api/v1/things/{id}"));
        QVERIFY(router.patternOf("GET", QStringLiteral("/elsewhere")).isEmpty());
        QCOMPARE(router.routes().size(), 3);
    }

    void throttleDoublesUpToThirtySeconds()
    {
        qint64 now = 1'000'000;
        SignInThrottle throttle([&now]() { return now; });
        QVERIFY(!throttle.waitFor(QStringLiteral("ann")));
        const qint64 expected[] = {1'000, 2'000, 4'000, 8'000, 16'000, 30'000, 30'000};
        for (const qint64 delay : expected) {
            throttle.failed(QStringLiteral("Ann "));
            QCOMPARE(throttle.waitFor(QStringLiteral("ann")).value_or(-1), delay);
            QVERIFY(!throttle.waitFor(QStringLiteral("bob")));
            now += delay;
            QVERIFY(!throttle.waitFor(QStringLiteral("ann")));
        }
        throttle.succeeded(QStringLiteral("ann"));
        throttle.failed(QStringLiteral("ann"));
        QCOMPARE(throttle.waitFor(QStringLiteral("ann")).value_or(-1), 1'000);
    }

    void tokensAreRandomAndHashed()
    {
        const QByteArray first = ApiTokens::generate();
        QCOMPARE(first.size(), 43); // 32 bytes in unpadded base64url
        QVERIFY(first != ApiTokens::generate());
        QVERIFY(!first.contains('+') && !first.contains('/') && !first.contains('='));
        QCOMPARE(ApiTokens::hashOf(first),
                 QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));
    }

    void metricsRenderPrometheusText()
    {
        ApiMetrics metrics;
        metrics.requestStarted();
        metrics.requestFinished(QStringLiteral("/api/v1/things/{id}"), "GET", 200, 0.02);
        metrics.requestStarted();
        metrics.addGauge(QStringLiteral("rentaldesk_test_backlog"), QStringLiteral("Test backlog."),
                         []() { return 7.0; });
        const QByteArray text = metrics.render();
        QVERIFY(text.contains(
            "rentaldesk_http_requests_total{route=\"/api/v1/things/{id}\",method=\"GET\",status=\"200\"} 1\n"));
        QVERIFY(text.contains("rentaldesk_http_request_duration_seconds_bucket{route=\"/api/v1/things/"
                              "{id}\",method=\"GET\",le=\"0.01\"} 0\n"));
        QVERIFY(text.contains("rentaldesk_http_request_duration_seconds_bucket{route=\"/api/v1/things/"
                              "{id}\",method=\"GET\",le=\"0.025\"} 1\n"));
        QVERIFY(text.contains(
            "rentaldesk_http_request_duration_seconds_count{route=\"/api/v1/things/{id}\",method=\"GET\"} 1\n"));
        QVERIFY(text.contains("rentaldesk_http_requests_in_flight 1\n"));
        QVERIFY(text.contains("# TYPE rentaldesk_test_backlog gauge\nrentaldesk_test_backlog 7\n"));
    }

    void aBreakersStateIsExported()
    {
        ManualMonotonicClock clock;
        CircuitBreakerSettings settings;
        settings.minimumCalls = 2;
        CircuitBreaker breaker(settings, clock);
        ApiMetrics metrics;
        breakermetrics::add(metrics, breaker, QStringLiteral("rentaldesk_test_breaker"));
        QVERIFY(metrics.render().contains("rentaldesk_test_breaker_state 0\n"));
        for (int i = 0; i < 2; ++i)
            breaker.record(*breaker.tryAcquire(), false);
        QVERIFY(!breaker.tryAcquire());
        const QByteArray text = metrics.render();
        QVERIFY2(text.contains("rentaldesk_test_breaker_state 1\n"), text.constData());
        QVERIFY(text.contains("rentaldesk_test_breaker_opened 1\n"));
        QVERIFY(text.contains("rentaldesk_test_breaker_failures 2\n"));
        QVERIFY(text.contains("rentaldesk_test_breaker_refused 1\n"));
        QVERIFY(text.contains("# TYPE rentaldesk_test_breaker_calls gauge\nrentaldesk_test_breaker_calls 2\n"));
    }

    void readyOnlyOnceMigrated()
    {
        ReaderPool readers(DatabaseOptions{m_dir.filePath(QStringLiteral("ready.sqlite"))});
        bool migrated = false;
        ApiRouter router;
        healthroutes::add(
            router, [&migrated]() { return migrated; }, readers);
        const ApiResponse waiting = dispatched(router, request("GET", QStringLiteral("/health/ready")));
        QCOMPARE(waiting.status, 503);
        QCOMPARE(QJsonDocument::fromJson(waiting.body).object().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_ready"));
        QCOMPARE(waiting.header("retry-after"), QByteArrayLiteral("1"));
        QCOMPARE(dispatched(router, request("GET", QStringLiteral("/health/live"))).status, 200);
        migrated = true;
        QCOMPARE(dispatched(router, request("GET", QStringLiteral("/health/ready"))).status, 200);
    }

    // ---- the real executable ----

    void helpAndVersion()
    {
        const CliRun help = runServerCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--listen", "--database", "--demo", "--add-user", "--role", "--issue-token",
                                   "--device", "--max-body-size", "--version"})
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
        QVERIFY(!help.out.contains(QStringLiteral("debug-answer-delay")));
        const CliRun version = runServerCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(RENTALDESK_VERSION)));
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("listen without port")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")} << QStringLiteral("HOST:PORT");
        QTest::newRow("port out of range") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
                                           << QStringLiteral("HOST:PORT");
        QTest::newRow("host not an address")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("example.org:80")}
            << QStringLiteral("example.org");
        QTest::newRow("unknown database")
            << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x")} << QStringLiteral("sqlite:PATH");
        QTest::newRow("postgresql without a database name")
            << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://app@127.0.0.1:5432")}
            << QStringLiteral("database name is missing");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--demo"), QStringLiteral("boat")}
                                         << QStringLiteral("boat");
        QTest::newRow("user without role")
            << QStringList{QStringLiteral("--add-user"), QStringLiteral("ann")} << QStringLiteral("--role");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("--add-user"), QStringLiteral("ann"),
                                                     QStringLiteral("--role"), QStringLiteral("admin")}
                                      << QStringLiteral("admin");
        QTest::newRow("token without device")
            << QStringList{QStringLiteral("--issue-token"), QStringLiteral("ann")} << QStringLiteral("--device");
        QTest::newRow("bad body limit") << QStringList{QStringLiteral("--max-body-size"), QStringLiteral("lots")}
                                        << QStringLiteral("lots");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("serve")} << QStringLiteral("serve");
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runServerCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void portInUseFails()
    {
        ServerUnderTest first(serverArguments());
        QVERIFY2(first.start(), qPrintable(first.err()));
        const CliRun second =
            runServerCli({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(first.port()),
                          QStringLiteral("--database"), databaseArgument()});
        QVERIFY(second.exitCode != 0);
        QVERIFY2(second.err.contains(QString::number(first.port())), qPrintable(second.err));
    }

    void unopenableDatabaseFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/x.sqlite"));
        ServerUnderTest server({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                                QStringLiteral("sqlite:") + path});
        server.start(); // it may exit before or after it listens
        QVERIFY(server.waitForExit());
        QVERIFY(server.process().exitCode() != 0);
        QVERIFY2(server.err().contains(QStringLiteral("cannot be opened")), qPrintable(server.err()));
        const CliRun token = runServerCli({QStringLiteral("--database"), QStringLiteral("sqlite:") + path,
                                           QStringLiteral("--issue-token"), QStringLiteral("boss"),
                                           QStringLiteral("--device"), QStringLiteral("x")});
        QCOMPARE(token.exitCode, 1);
    }

    void unreachablePostgreSqlFails()
    {
        // Port 1 on loopback: nothing listens there.
        ServerUnderTest server({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                                QStringLiteral("postgresql://rentaldesk@127.0.0.1:1/rentaldesk")});
        server.start();
        QVERIFY(server.waitForExit());
        QVERIFY(server.process().exitCode() != 0);
        QVERIFY2(server.err().contains(QStringLiteral("cannot be opened")), qPrintable(server.err()));
        QVERIFY2(server.err().contains(QStringLiteral("127.0.0.1")), qPrintable(server.err()));
    }

    void healthLiveAndReady()
    {
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        const HttpAnswer live = sendRequest(m_network, "GET", server.url(QStringLiteral("/health/live")));
        QCOMPARE(live.status, 200);
        QCOMPARE(live.json().value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        HttpAnswer ready;
        QTRY_VERIFY_WITH_TIMEOUT(
            (ready = sendRequest(m_network, "GET", server.url(QStringLiteral("/health/ready")))).status == 200, 30'000);
        QCOMPARE(ready.json().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    }

    void tokenIssuedOnceAndStoredHashed()
    {
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        const HttpAnswer answer = sendRequest(m_network, "POST", server.url(QStringLiteral("/api/v1/auth/token")),
                                              tokenBody(QStringLiteral("Boss"), Password, QStringLiteral("till-7")));
        QCOMPARE(answer.status, 200);
        const QJsonObject body = answer.json();
        const QByteArray token = body.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(token.size(), 43);
        QVERIFY(QDateTime::fromString(body.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate)
                > QDateTime::currentDateTimeUtc().addDays(1));
        const QJsonObject user = body.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("boss"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QVERIFY(!QUuid::fromString(user.value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(user.value(QStringLiteral("customerId")).isNull());

        // The token works on a protected route.
        const HttpAnswer metrics = sendRequest(m_network, "GET", server.url(QStringLiteral("/metrics")), {}, token);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.contentType.startsWith("text/plain"));
        QVERIFY(metrics.body.contains(
            "rentaldesk_http_requests_total{route=\"/api/v1/auth/token\",method=\"POST\",status=\"200\"}"));
        QVERIFY(metrics.body.contains("rentaldesk_http_requests_in_flight 1\n"));
        QVERIFY(metrics.body.contains("rentaldesk_payment_breaker_state 0\n")); // closed: nothing failed
        // A clerk's token is valid but may not read the metrics.
        const QByteArray clerkToken = signIn(server, QStringLiteral("clerk"));
        QVERIFY(!clerkToken.isEmpty());
        verifyProblem(sendRequest(m_network, "GET", server.url(QStringLiteral("/metrics")), {}, clerkToken), 403,
                      "forbidden");

        // Only the SHA-256 is stored, with the device.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT token_hash, device FROM api_tokens")));
            bool foundHash = false;
            while (query.next()) {
                QVERIFY(query.value(0).toString() != QString::fromLatin1(token));
                if (query.value(0).toString() == ApiTokens::hashOf(token)) {
                    foundHash = true;
                    QCOMPARE(query.value(1).toString(), QStringLiteral("till-7"));
                }
            }
            QVERIFY(foundHash);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        QVERIFY2(!server.err().contains(QString::fromLatin1(token)), "a token must never be logged");
    }

    void tokenFromCommandLineWorks()
    {
        const CliRun issued =
            runServerCli({QStringLiteral("--database"), databaseArgument(), QStringLiteral("--issue-token"),
                          QStringLiteral("boss"), QStringLiteral("--device"), QStringLiteral("scraper")});
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
        const QByteArray token = issued.out.trimmed().toLatin1();
        QCOMPARE(token.size(), 43);
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        QCOMPARE(sendRequest(m_network, "GET", server.url(QStringLiteral("/metrics")), {}, token).status, 200);

        const CliRun unknown =
            runServerCli({QStringLiteral("--database"), databaseArgument(), QStringLiteral("--issue-token"),
                          QStringLiteral("nobody"), QStringLiteral("--device"), QStringLiteral("x")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("nobody")));
    }

    void addUserRules()
    {
        // A second manager, a customer; the shop is already set up so --profile changes nothing.
        const CliRun customer =
            runServerCli({QStringLiteral("--database"), databaseArgument(), QStringLiteral("--add-user"),
                          QStringLiteral("carla"), QStringLiteral("--role"), QStringLiteral("customer"),
                          QStringLiteral("--display-name"), QStringLiteral("Carla Day")},
                         Password + '\n');
        QVERIFY2(customer.exitCode == 0, qPrintable(customer.err));
        const CliRun duplicate =
            runServerCli({QStringLiteral("--database"), databaseArgument(), QStringLiteral("--add-user"),
                          QStringLiteral("carla"), QStringLiteral("--role"), QStringLiteral("clerk")},
                         Password + '\n');
        QCOMPARE(duplicate.exitCode, 1);
        const CliRun shortPassword =
            runServerCli({QStringLiteral("--database"), databaseArgument(), QStringLiteral("--add-user"),
                          QStringLiteral("dan"), QStringLiteral("--role"), QStringLiteral("clerk")},
                         "short\n");
        QCOMPARE(shortPassword.exitCode, 1);
        // A fresh database's first account must be a manager.
        const CliRun firstClerk = runServerCli(
            {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("fresh.sqlite")),
             QStringLiteral("--add-user"), QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("clerk")},
            Password + '\n');
        QCOMPARE(firstClerk.exitCode, 1);
        QVERIFY(firstClerk.err.contains(QStringLiteral("manager")));

        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        const HttpAnswer signedIn = sendRequest(m_network, "POST", server.url(QStringLiteral("/api/v1/auth/token")),
                                                tokenBody(QStringLiteral("carla"), Password));
        QCOMPARE(signedIn.status, 200);
        const QJsonObject user = signedIn.json().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("customer"));
        QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("Carla Day"));
        QVERIFY(!QUuid::fromString(user.value(QStringLiteral("customerId")).toString()).isNull());
    }

    void wrongPasswordIsRefusedThenThrottled()
    {
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        const QUrl url = server.url(QStringLiteral("/api/v1/auth/token"));
        verifyProblem(sendRequest(m_network, "POST", url, tokenBody(QStringLiteral("clerk"), "wrong-password")), 401,
                      "sign_in_failed");
        // At once again, even with the right password: refused without a check.
        const HttpAnswer throttled = sendRequest(m_network, "POST", url, tokenBody(QStringLiteral("clerk"), Password));
        verifyProblem(throttled, 429, "too_many_attempts");
        QVERIFY(throttled.headers.value("retry-after").toInt() >= 1);
        // Another name is not affected; an unknown name fails like a wrong password.
        verifyProblem(sendRequest(m_network, "POST", url, tokenBody(QStringLiteral("nobody"), Password)), 401,
                      "sign_in_failed");
        QVERIFY(!signIn(server, QStringLiteral("boss")).isEmpty());
        // Once the wait is over the right password works.
        QTRY_VERIFY_WITH_TIMEOUT(!signIn(server, QStringLiteral("clerk")).isEmpty(), 10'000);
        QVERIFY2(!server.err().contains(QStringLiteral("wrong-password")), "a password must never be logged");
    }

    void badRequestsGetProblemDocuments()
    {
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        const QUrl tokenUrl = server.url(QStringLiteral("/api/v1/auth/token"));
        verifyProblem(sendRequest(m_network, "POST", tokenUrl, "{\"username\": "), 400, "malformed_json");
        verifyProblem(sendRequest(m_network, "POST", tokenUrl, "[]"), 400, "malformed_json");
        const HttpAnswer wrongType =
            sendRequest(m_network, "POST", tokenUrl, "{\"username\": 5, \"password\": \"x\", \"device\": \"d\"}");
        verifyProblem(wrongType, 422, "invalid_field");
        QVERIFY(wrongType.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("username")));
        verifyProblem(sendRequest(m_network, "POST", tokenUrl, tokenBody(QStringLiteral("boss"), Password, QString())),
                      422, "text_required");

        const HttpAnswer unknown = sendRequest(m_network, "GET", server.url(QStringLiteral("/api/v1/nowhere")));
        verifyProblem(unknown, 404, "not_found");
        const HttpAnswer wrongMethod = sendRequest(m_network, "DELETE", server.url(QStringLiteral("/health/live")));
        verifyProblem(wrongMethod, 405, "method_not_allowed");
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArrayLiteral("GET"));
        verifyProblem(sendRequest(m_network, "GET", tokenUrl), 405, "method_not_allowed");
    }

    void protectedRoutesNeedAValidToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no token") << QByteArray();
        QTest::newRow("unknown token") << QByteArray("Bearer ") + ApiTokens::generate();
        QTest::newRow("other scheme") << QByteArrayLiteral("Basic Ym9zczpwYXNz");
        QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ");
    }

    void protectedRoutesNeedAValidToken()
    {
        QFETCH(QByteArray, authorization);
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        QNetworkRequest request(server.url(QStringLiteral("/metrics")));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30'000));
        const HttpAnswer answer = answerOf(reply);
        reply->deleteLater();
        verifyProblem(answer, 401, "unauthorized");
        QVERIFY(answer.headers.value("www-authenticate").startsWith("Bearer"));
    }

    void bodyTooLargeIsRefused()
    {
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        const QUrl url = server.url(QStringLiteral("/api/v1/auth/token"));
        QByteArray big(1024 * 1024 + 1, ' ');
        verifyProblem(sendRequest(m_network, "POST", url, big), 413, "payload_too_large");
        // The limit is a setting; the same server still answers normally afterwards.
        verifyProblem(sendRequest(m_network, "POST", url, tokenBody(QStringLiteral("nobody"), Password)), 401,
                      "sign_in_failed");

        ServerUnderTest small(serverArguments(), {QStringLiteral("RENTALDESK_MAX_BODY_BYTES=16")});
        QVERIFY2(small.start(), qPrintable(small.err()));
        verifyProblem(sendRequest(m_network, "POST", small.url(QStringLiteral("/api/v1/auth/token")),
                                  tokenBody(QStringLiteral("boss"), Password)),
                      413, "payload_too_large");
    }

    void hugeBodyIsCutOffWhileArriving()
    {
        ServerUnderTest server(serverArguments({QStringLiteral("--max-body-size"), QStringLiteral("1024")}));
        QVERIFY2(server.start(), qPrintable(server.err()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(10'000));
        constexpr qint64 Announced = 512LL * 1024 * 1024;
        socket.write("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
                     + QByteArray::number(Announced) + "\r\n\r\n");
        // Keep sending until the server answers or closes; it must not wait for the whole body.
        const QByteArray chunk(64 * 1024, 'x');
        qint64 sent = 0;
        QByteArray received;
        while (sent < Announced && socket.state() == QAbstractSocket::ConnectedState && received.isEmpty()) {
            if (socket.bytesToWrite() < 4 * chunk.size()) {
                socket.write(chunk);
                sent += chunk.size();
            }
            socket.waitForBytesWritten(100);
            received += socket.readAll();
        }
        const auto answeredOrClosed = [&]() {
            received += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState || received.contains('}');
        };
        QTRY_VERIFY_WITH_TIMEOUT(answeredOrClosed(), 10'000);
        received += socket.readAll();
        QVERIFY2(sent < 64LL * 1024 * 1024, "the server must cut the request off long before its end");
        if (!received.isEmpty()) // the answer can be lost when the connection is reset under it
            QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            server.err().contains(QStringLiteral("Refused a request larger than the body limit (1024 bytes)")), 10'000);
        // The server is fine and answers the next client.
        QCOMPARE(sendRequest(m_network, "GET", server.url(QStringLiteral("/health/live"))).status, 200);
    }

    void pipelinedAnswersKeepTheirOrder()
    {
        ServerUnderTest server(serverArguments());
        QVERIFY2(server.start(), qPrintable(server.err()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(10'000));
        // A slow request (a password check) and a fast one, sent together on one connection.
        const QByteArray slowBody = tokenBody(QStringLiteral("nobody"), "wrong-password-2");
        socket.write("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
                     + QByteArray::number(slowBody.size()) + "\r\n\r\n" + slowBody
                     + "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("{\"status\":\"live\"}"), 20'000);
        const qsizetype first = received.indexOf("HTTP/1.1 ");
        const qsizetype second = received.indexOf("HTTP/1.1 ", first + 1);
        QVERIFY2(first == 0 && second > 0, received.constData());
        QVERIFY2(received.mid(first).startsWith("HTTP/1.1 401"), received.constData());
        QVERIFY2(received.mid(second).startsWith("HTTP/1.1 200"), received.constData());
    }

    void clientLeavingEarlyDoesNotCrashTheServer()
    {
        ServerUnderTest server(serverArguments({QStringLiteral("--debug-answer-delay-ms"), QStringLiteral("300")}),
                               {QStringLiteral("QT_LOGGING_RULES=rentaldesk.server.debug=true")});
        QVERIFY2(server.start(), qPrintable(server.err()));
        for (int i = 0; i < 3; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket.waitForConnected(10'000));
            socket.write("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QVERIFY(socket.waitForBytesWritten(10'000));
            const qsizetype received = server.err().count(QStringLiteral("Received GET /health/live"));
            QTRY_VERIFY_WITH_TIMEOUT(server.err().count(QStringLiteral("Received GET /health/live")) > received,
                                     10'000);
            socket.abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.err().count(QStringLiteral("the client left before the answer")), 3, 10'000);
        QCOMPARE(server.process().state(), QProcess::Running);
        QCOMPARE(sendRequest(m_network, "GET", server.url(QStringLiteral("/health/live"))).status, 200);
    }

    void sigtermFinishesRequestsInFlight()
    {
        constexpr int Requests = 4;
        ServerUnderTest server(serverArguments({QStringLiteral("--debug-answer-delay-ms"), QStringLiteral("3000")}),
                               {QStringLiteral("QT_LOGGING_RULES=rentaldesk.server.debug=true")});
        QVERIFY2(server.start(), qPrintable(server.err()));
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Requests; ++i)
            replies.append(m_network.get(QNetworkRequest(server.url(QStringLiteral("/health/live")))));
        // Every request has reached the server and is held back when the signal comes.
        QTRY_COMPARE_WITH_TIMEOUT(server.err().count(QStringLiteral("Received GET /health/live")), Requests, 10'000);
        QVERIFY(!server.err().contains(QStringLiteral("→")));
        QSignalSpy exited(&server.process(), &QProcess::finished);
        server.process().terminate(); // SIGTERM
        // While it drains, new connections are refused.
        QTRY_VERIFY_WITH_TIMEOUT(server.err().contains(QStringLiteral("Stopped accepting connections")), 10'000);
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(!late.waitForConnected(10'000));
        QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
        QVERIFY(std::none_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 20'000);
        for (QNetworkReply *reply : replies) {
            QCOMPARE(answerOf(reply).status, 200);
            reply->deleteLater();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!exited.isEmpty(), 20'000);
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY(server.err().contains(
            QStringLiteral("Stopped accepting connections; %1 request(s) in flight.").arg(Requests)));
    }
};

QTEST_MAIN(TestServer)
#include "tst_server.moc"
