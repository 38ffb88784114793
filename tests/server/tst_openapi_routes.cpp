// The OpenAPI document (resources/api/openapi.json) against the server's real route table:
// every route the router has is documented with its method, every documented operation is a
// route, protected routes document 401 and the bearer scheme, and a call without a token
// answers with a status (and content type) the document lists for it.
#include "testbackend.h"

#include "http/apimetrics.h"
#include "http/apirouter.h"
#include "http/authroutes.h"
#include "http/documentroutes.h"
#include "http/domainroutes.h"
#include "http/healthroutes.h"
#include "http/syncroutes.h"
#include "security/apitokens.h"
#include "security/signinthrottle.h"
#include "sync/changewaiter.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

// "text/plain; version=0.0.4" is documented as text/plain.
QString mediaType(const QByteArray &contentType)
{
    return QString::fromLatin1(contentType).section(u';', 0, 0).trimmed();
}

const QStringList Methods{QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                          QStringLiteral("delete"), QStringLiteral("patch")};

} // namespace

class OpenApiRoutesTest : public QObject
{
    Q_OBJECT

private:
    QJsonObject operation(const QByteArray &method, const QString &pattern) const;
    ApiResponse dispatch(const ApiRequest &request);
    ApiResponse callAnonymously(const ApiRouter::Route &route);
    // Calls `pattern` (with `id` for {id}) as `user` and checks that the answer's status,
    // content type and body are what the document says; returns the body.
    QJsonObject callAsDocumented(const QByteArray &method, const QString &pattern, const std::optional<User> &user,
                                 int expectedStatus, const QString &id = {}, const QByteArray &body = {},
                                 const QString &query = {});
    QJsonObject resolve(QJsonObject schemaOrResponse, const QString &section) const;
    // The first way `value` breaks `schema` (required properties, types, enums), or empty.
    QString violation(const QJsonValue &value, QJsonObject schema, const QString &where) const;

    QJsonObject m_document;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<ApiTokens> m_tokens;
    std::unique_ptr<SignInThrottle> m_throttle;
    std::unique_ptr<ChangeWaiter> m_waiter;
    ApiMetrics m_metrics;
    ApiRouter m_router;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void documentIsOpenApi3();
    void everyRouteIsDocumented_data();
    void everyRouteIsDocumented();
    void everyDocumentedOperationIsARoute();
    void anonymousCallsAnswerAsDocumented_data();
    void anonymousCallsAnswerAsDocumented();
    void errorsUseTheProblemSchema();
    void successfulCallsAnswerAsDocumented();
    void theServerServesThisDocument();
};

void OpenApiRoutesTest::initTestCase()
{
    QFile file(QStringLiteral(RD_OPENAPI_PATH));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_document = document.object();

    // The whole route table, wired as rentaldesk-server wires it.
    m_backend = std::make_unique<TestBackend>();
    Backend &backend = m_backend->backend();
    m_tokens = std::make_unique<ApiTokens>(backend.executor(), backend.readers(), m_backend->clock());
    m_throttle = std::make_unique<SignInThrottle>();
    m_waiter = std::make_unique<ChangeWaiter>(backend.executor());
    healthroutes::add(m_router, [] { return true; }, backend.readers());
    documentroutes::add(m_router);
    authroutes::add(m_router, backend.accounts(), *m_tokens, *m_throttle);
    metricsroutes::add(m_router, m_metrics);
    syncroutes::add(m_router, backend, *m_waiter);
    domainroutes::add(m_router, backend);
}

void OpenApiRoutesTest::cleanupTestCase()
{
    m_waiter.reset();
    m_tokens.reset();
    m_backend.reset();
}

QJsonObject OpenApiRoutesTest::operation(const QByteArray &method, const QString &pattern) const
{
    return m_document.value(QStringLiteral("paths"))
        .toObject()
        .value(pattern)
        .toObject()
        .value(QString::fromLatin1(method).toLower())
        .toObject();
}

ApiResponse OpenApiRoutesTest::callAnonymously(const ApiRouter::Route &route)
{
    ApiRequest request;
    request.method = route.method;
    request.path = route.pattern;
    request.path.replace(QStringLiteral("{id}"), QStringLiteral("0190a000-0000-7000-8000-000000000001"));
    return dispatch(request);
}

ApiResponse OpenApiRoutesTest::dispatch(const ApiRequest &request)
{
    QFutureWatcher<ApiResponse> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(m_router.dispatch(request));
    if (finished.isEmpty() && !finished.wait(20'000)) {
        QTest::qFail("the route did not answer", __FILE__, __LINE__);
        return ApiResponse{-1, {}, {}, {}};
    }
    return watcher.result();
}

void OpenApiRoutesTest::documentIsOpenApi3()
{
    QVERIFY(m_document.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
    const QJsonObject schemes =
        m_document.value(QStringLiteral("components")).toObject().value(QStringLiteral("securitySchemes")).toObject();
    QCOMPARE(schemes.value(QStringLiteral("bearerAuth")).toObject().value(QStringLiteral("scheme")).toString(),
             QStringLiteral("bearer"));
    QVERIFY(m_router.routes().size() >= 25);
}

void OpenApiRoutesTest::everyRouteIsDocumented_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("signedIn");
    for (const ApiRouter::Route &route : m_router.routes())
        QTest::addRow("%s %s", route.method.constData(), qPrintable(route.pattern))
            << route.method << route.pattern << (route.access == ApiRouter::Access::SignedIn);
}

void OpenApiRoutesTest::everyRouteIsDocumented()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(bool, signedIn);

    const QJsonObject op = operation(method, pattern);
    QVERIFY2(!op.isEmpty(), "not in resources/api/openapi.json");
    QVERIFY(!op.value(QStringLiteral("operationId")).toString().isEmpty());
    const QJsonObject responses = op.value(QStringLiteral("responses")).toObject();
    bool success = false;
    for (auto it = responses.begin(); it != responses.end(); ++it)
        success = success || it.key().startsWith(u'2');
    QVERIFY2(success, "no 2xx response documented");
    // Path parameters are declared.
    if (pattern.contains(QStringLiteral("{id}")))
        QVERIFY(op.contains(QStringLiteral("parameters")));
    // Protected routes need the token and say 401; public ones say they need none.
    const bool documentedPublic = op.contains(QStringLiteral("security"))
                                  && op.value(QStringLiteral("security")).toArray().isEmpty();
    QCOMPARE(documentedPublic, !signedIn);
    if (signedIn)
        QVERIFY2(responses.contains(QStringLiteral("401")), "a protected route must document 401");
}

void OpenApiRoutesTest::everyDocumentedOperationIsARoute()
{
    QSet<QString> routes;
    for (const ApiRouter::Route &route : m_router.routes())
        routes.insert(QString::fromLatin1(route.method).toLower() + u' ' + route.pattern);
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    QVERIFY(!paths.isEmpty());
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            if (!Methods.contains(method.key()))
                continue;
            const QString key = method.key() + u' ' + path.key();
            QVERIFY2(routes.contains(key), qPrintable(key + QStringLiteral(" is documented but the server has no such route")));
        }
    }
}

void OpenApiRoutesTest::anonymousCallsAnswerAsDocumented_data()
{
    everyRouteIsDocumented_data();
}

void OpenApiRoutesTest::anonymousCallsAnswerAsDocumented()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(bool, signedIn);

    const ApiResponse answer = callAnonymously(ApiRouter::Route{method, pattern, ApiRouter::Access::Public});
    if (signedIn)
        QCOMPARE(answer.status, 401);
    const QJsonObject responses = operation(method, pattern).value(QStringLiteral("responses")).toObject();
    const QString status = QString::number(answer.status);
    QVERIFY2(responses.contains(status), qPrintable(QStringLiteral("answered %1, not documented").arg(status)));
    // The content type is one the document lists for that status.
    QJsonObject response = responses.value(status).toObject();
    if (response.contains(QStringLiteral("$ref"))) {
        const QString name = response.value(QStringLiteral("$ref")).toString().section(u'/', -1);
        response = m_document.value(QStringLiteral("components"))
                       .toObject()
                       .value(QStringLiteral("responses"))
                       .toObject()
                       .value(name)
                       .toObject();
    }
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    QVERIFY2(content.contains(mediaType(answer.contentType)),
             qPrintable(QStringLiteral("content type %1 not documented for %2").arg(mediaType(answer.contentType), status)));
}

void OpenApiRoutesTest::errorsUseTheProblemSchema()
{
    const QJsonObject components = m_document.value(QStringLiteral("components")).toObject();
    const QJsonObject problem = components.value(QStringLiteral("schemas")).toObject().value(QStringLiteral("Problem")).toObject();
    const QJsonObject properties = problem.value(QStringLiteral("properties")).toObject();
    for (const char *field : {"type", "title", "status", "code", "detail"})
        QVERIFY2(properties.contains(QLatin1StringView(field)), field);
    const QJsonObject responses = components.value(QStringLiteral("responses")).toObject();
    QVERIFY(!responses.isEmpty());
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const QJsonObject schema = it.value()
                                       .toObject()
                                       .value(QStringLiteral("content"))
                                       .toObject()
                                       .value(QStringLiteral("application/problem+json"))
                                       .toObject()
                                       .value(QStringLiteral("schema"))
                                       .toObject();
        QCOMPARE(schema.value(QStringLiteral("$ref")).toString(), QStringLiteral("#/components/schemas/Problem"));
    }
}

QJsonObject OpenApiRoutesTest::resolve(QJsonObject object, const QString &section) const
{
    while (object.contains(QStringLiteral("$ref"))) {
        const QString name = object.value(QStringLiteral("$ref")).toString().section(u'/', -1);
        object = m_document.value(QStringLiteral("components")).toObject().value(section).toObject().value(name).toObject();
    }
    return object;
}

QString OpenApiRoutesTest::violation(const QJsonValue &value, QJsonObject schema, const QString &where) const
{
    schema = resolve(schema, QStringLiteral("schemas"));
    if (value.isNull())
        return schema.value(QStringLiteral("nullable")).toBool() ? QString() : where + QStringLiteral(" is null");
    const QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
    for (const QJsonValue &part : allOf) {
        if (const QString found = violation(value, part.toObject(), where); !found.isEmpty())
            return found;
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("object")) {
        if (!value.isObject())
            return where + QStringLiteral(" is not an object");
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(required.toString()))
                return where + QStringLiteral(" lacks ") + required.toString();
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key()))
                continue;
            if (const QString found = violation(object.value(it.key()), it.value().toObject(), where + u'.' + it.key());
                !found.isEmpty())
                return found;
        }
    } else if (type == QStringLiteral("array")) {
        if (!value.isArray())
            return where + QStringLiteral(" is not an array");
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (const QString found = violation(items.at(i), schema.value(QStringLiteral("items")).toObject(),
                                                where + QStringLiteral("[%1]").arg(i));
                !found.isEmpty())
                return found;
        }
    } else if (type == QStringLiteral("string")) {
        if (!value.isString())
            return where + QStringLiteral(" is not a string");
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            return where + QStringLiteral(" = \"%1\" is not in its enum").arg(value.toString());
    } else if (type == QStringLiteral("integer")) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            return where + QStringLiteral(" is not an integer");
    } else if (type == QStringLiteral("boolean")) {
        if (!value.isBool())
            return where + QStringLiteral(" is not a boolean");
    }
    return {};
}

QJsonObject OpenApiRoutesTest::callAsDocumented(const QByteArray &method, const QString &pattern,
                                                const std::optional<User> &user, int expectedStatus, const QString &id,
                                                const QByteArray &body, const QString &query)
{
    // After a failure QtTest's event loop no longer waits: report the first failure only.
    if (QTest::currentTestFailed())
        return {};
    ApiRequest request;
    request.method = method;
    request.path = pattern;
    request.path.replace(QStringLiteral("{id}"), id);
    request.query = QUrlQuery(query);
    request.body = body;
    request.user = user;
    request.device = QStringLiteral("counter-1");
    const ApiResponse answer = dispatch(request);
    const QString what = QString::fromLatin1(method) + u' ' + pattern;
    if (answer.status != expectedStatus) {
        QTest::qFail(qPrintable(QStringLiteral("%1 answered %2: %3").arg(what).arg(answer.status).arg(QString::fromUtf8(answer.body))),
                     __FILE__, __LINE__);
        return {};
    }
    const QJsonObject response = resolve(operation(method, pattern)
                                             .value(QStringLiteral("responses"))
                                             .toObject()
                                             .value(QString::number(answer.status))
                                             .toObject(),
                                         QStringLiteral("responses"));
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    if (!content.contains(mediaType(answer.contentType))) {
        QTest::qFail(qPrintable(what + QStringLiteral(": status or content type not documented")), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject schema = content.value(mediaType(answer.contentType)).toObject().value(QStringLiteral("schema")).toObject();
    if (!mediaType(answer.contentType).endsWith(QStringLiteral("json")))
        return {};
    const QJsonValue parsed = QJsonDocument::fromJson(answer.body).object();
    if (const QString found = violation(parsed, schema, what); !found.isEmpty())
        QTest::qFail(qPrintable(found), __FILE__, __LINE__);
    return parsed.toObject();
}

void OpenApiRoutesTest::successfulCallsAnswerAsDocumented()
{
    TestBackend &tb = *m_backend;
    const User manager = tb.signIn(Role::Manager, QStringLiteral("doc-manager"))->user();
    const User clerk = tb.signIn(Role::Clerk)->user();
    const User customer = tb.signIn(Role::Customer)->user();
    const QString start = QDateTime::fromSecsSinceEpoch(TestBackend::StartTime + TestBackend::Day, Qt::UTC).toString(Qt::ISODate);
    const QString end = QDateTime::fromSecsSinceEpoch(TestBackend::StartTime + 2 * TestBackend::Day, Qt::UTC).toString(Qt::ISODate);
    const QString customerId = customer.customerId.toString(QUuid::WithoutBraces);

    // Sign-in and probes.
    QJsonObject token = callAsDocumented(
        "POST", QStringLiteral("/api/v1/auth/token"), std::nullopt, 200, {},
        R"({"username":"doc-manager","password":"correct horse battery","device":"counter-1"})");
    QVERIFY(!token.value(QStringLiteral("token")).toString().isEmpty());
    callAsDocumented("GET", QStringLiteral("/health/live"), std::nullopt, 200);
    callAsDocumented("GET", QStringLiteral("/health/ready"), std::nullopt, 200);

    // Inventory.
    const QJsonObject resource = callAsDocumented(
        "POST", QStringLiteral("/api/v1/resources"), manager, 201, {},
        R"({"profile":"taxi","name":"Taxi Large","capacity":2,"price":{"amount":30000,"currency":"KRW"},"pricingUnit":"booking",
            "attributes":{"taxis":[{"plate":"12GA 3456","driver":"Kim Minsu","phone":"010-1111-2222"},
                                   {"plate":"34NA 5678","driver":"Lee Jungho","phone":"010-3333-5555"}]}})");
    const QString resourceId = resource.value(QStringLiteral("id")).toString();
    callAsDocumented("GET", QStringLiteral("/api/v1/resources"), customer, 200, {}, {}, QStringLiteral("profile=taxi"));
    callAsDocumented("GET", QStringLiteral("/api/v1/resources/{id}"), customer, 200, resourceId);
    callAsDocumented("PUT", QStringLiteral("/api/v1/resources/{id}"), manager, 200, resourceId,
                     R"({"version":1,"profile":"taxi","name":"Taxi XL","capacity":2,"price":{"amount":30000,"currency":"KRW"},
                         "attributes":{"taxis":[{"plate":"12GA 3456","driver":"Kim Minsu","phone":"010-1111-2222"},
                                                {"plate":"34NA 5678","driver":"Lee Jungho","phone":"010-3333-5555"}]}})");
    const QJsonObject free = callAsDocumented("GET", QStringLiteral("/api/v1/availability"), customer, 200, {}, {},
                                              QStringLiteral("start=%1&end=%2").arg(start, end));
    QVERIFY(!free.value(QStringLiteral("items")).toArray().isEmpty());

    // Customers.
    const QJsonObject walkIn = callAsDocumented("POST", QStringLiteral("/api/v1/customers"), clerk, 201, {},
                                                R"({"name":"Yoon Hana","phone":"010-2222-3333"})");
    callAsDocumented("GET", QStringLiteral("/api/v1/customers"), clerk, 200, {}, {}, QStringLiteral("text=Hana"));
    callAsDocumented("GET", QStringLiteral("/api/v1/customers/{id}"), clerk, 200, walkIn.value(QStringLiteral("id")).toString());

    // A booking through its whole life.
    const QByteArray hold = QStringLiteral(R"({"resource":"%1","customer":"%2","start":"%3","end":"%4",
                                               "details":{"pickup":"Seoul Station","destination":"COEX"}})")
                                .arg(resourceId, customerId, start, end)
                                .toUtf8();
    QString booking = callAsDocumented("POST", QStringLiteral("/api/v1/reservations"), clerk, 201, {}, hold)
                          .value(QStringLiteral("id"))
                          .toString();
    callAsDocumented("GET", QStringLiteral("/api/v1/reservations"), clerk, 200, {}, {}, QStringLiteral("status=held"));
    callAsDocumented("GET", QStringLiteral("/api/v1/reservations/{id}"), customer, 200, booking);
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/payments"), clerk, 201, booking, R"({"method":"cash"})");
    callAsDocumented("GET", QStringLiteral("/api/v1/reservations/{id}/payments"), customer, 200, booking);
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/confirm"), clerk, 200, booking);
    const QJsonObject taxis = callAsDocumented("GET", QStringLiteral("/api/v1/reservations/{id}/free-taxis"), clerk, 200, booking);
    QCOMPARE(taxis.value(QStringLiteral("items")).toArray().size(), 2);
    const QJsonObject sent = callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/check-out"), clerk, 200,
                                              booking, R"({"taxi":"34NA 5678"})");
    QCOMPARE(sent.value(QStringLiteral("details")).toObject().value(QStringLiteral("taxi")).toObject().value(QStringLiteral("driver")),
             QJsonValue(QStringLiteral("Lee Jungho")));
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/return"), clerk, 200, booking);

    // Pay later, then by card, refund, cancel.
    booking = callAsDocumented("POST", QStringLiteral("/api/v1/reservations"), customer, 201, {}, hold)
                  .value(QStringLiteral("id"))
                  .toString();
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/payments"), customer, 200, booking,
                     R"({"method":"later"})");
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/payments"), customer, 201, booking,
                     R"({"method":"card","cardToken":"tok_visa","cardBrand":"VISA","cardLast4":"4242"})");
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/refund"), clerk, 200, booking);
    callAsDocumented("POST", QStringLiteral("/api/v1/reservations/{id}/cancel"), customer, 200, booking);

    // What the customer and staff read.
    callAsDocumented("GET", QStringLiteral("/api/v1/my-bookings"), customer, 200);
    callAsDocumented("GET", QStringLiteral("/api/v1/notifications"), customer, 200);
    callAsDocumented("GET", QStringLiteral("/api/v1/notifications"), clerk, 200);

    // Sync and metrics.
    callAsDocumented("GET", QStringLiteral("/api/v1/sync/pull"), clerk, 200, {}, {}, QStringLiteral("after=0&limit=10"));
    callAsDocumented("POST", QStringLiteral("/api/v1/sync/push"), clerk, 200, {},
                     R"({"device":"counter-1","commands":[]})");
    callAsDocumented("POST", QStringLiteral("/api/v1/sync/push"), clerk, 409, {},
                     R"({"device":"counter-1","commands":[],"follows":"0190a000-0000-7000-8000-0000000000ff"})");
    callAsDocumented("GET", QStringLiteral("/metrics"), manager, 200);

}

void OpenApiRoutesTest::theServerServesThisDocument()
{
    ApiRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/api/v1/openapi.json");
    const ApiResponse answer = dispatch(request);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(answer.body).object(), m_document);
}

QTEST_GUILESS_MAIN(OpenApiRoutesTest)
#include "tst_openapi_routes.moc"
