// The domain routes of the REST API and the sync push, in process: a real Backend on a
// temporary SQLite file, the ApiRouter with domainroutes::add and syncroutes::add, and
// requests as the HTTP front end would pass them.
// Every route is tried for success, bad input (nothing changes), no token (401) and a role
// or customer that may not (403).
#include "testbackend.h"

#include "http/apirouter.h"
#include "http/domainroutes.h"
#include "http/syncroutes.h"
#include "sync/changewaiter.h"
#include "sync/synccommands.h"
#include "sync/syncwire.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class ApiRoutesTest : public QObject
{
    Q_OBJECT

private:
    // Dispatches one request and waits for its answer through a watcher (the handlers never
    // block; the test may).
    ApiResponse call(const QByteArray &method, const QString &path, const std::optional<User> &user,
                     const QByteArray &requestBody = {}, const QString &query = {});
    QJsonObject json(const ApiResponse &response);
    void expectProblem(const ApiResponse &response, int status, const QString &code);
    QJsonObject holdFor(const Resource &resource, const QUuid &customer, qint64 startDay, qint64 days = 1,
                        qint64 quantity = 1);
    // A booking made through the API by `user`; fails the test when refused.
    QJsonObject book(const User &user, const Resource &resource, const QUuid &customer, qint64 startDay);

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<ChangeWaiter> m_waiter;
    std::unique_ptr<ApiRouter> m_router;
    User m_manager;
    User m_clerk;
    User m_customer;
    User m_otherCustomer;
    Resource m_car;
    Resource m_taxi;

private Q_SLOTS:
    void init();
    void cleanup();

    void everyRouteNeedsSignIn();
    void forbiddenForRole_data();
    void forbiddenForRole();
    void customerCannotTouchAnotherCustomersBooking();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void unknownIdsAreNotFound();

    void listsResourcesWithFiltersAndPaging();
    void registersReadsUpdatesAndRetiresAResource();
    void updateWithStaleVersionConflicts();
    void findsAvailability();
    void sessionsAreOfferedAndBookedAsTheirSlots();
    void customerHoldsForThemselves();
    void staffHoldsForACustomerAndListsBookings();
    void capacityConflictIsAConflict();
    void movesABookingThroughItsLifeCycle();
    void cancelsABooking();
    void paysByCardAndRefunds();
    void takesCashAndPayLater();
    void registersSearchesAndReadsCustomers();
    void customerReadsOwnRecordOnly();
    void listsMyBookings();
    void listsNotifications();
    void aPushIsAppliedOnlyAfterTheBatchItFollows();
};

ApiResponse ApiRoutesTest::call(const QByteArray &method, const QString &path, const std::optional<User> &user,
                                const QByteArray &requestBody, const QString &query)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = QUrlQuery(query);
    request.body = requestBody;
    request.user = user;
    QFutureWatcher<ApiResponse> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(m_router->dispatch(request));
    if (finished.isEmpty() && !finished.wait(20'000)) {
        QTest::qFail("the route did not answer", __FILE__, __LINE__);
        return ApiResponse{-1, {}, {}, {}};
    }
    return watcher.result();
}

QJsonObject ApiRoutesTest::json(const ApiResponse &response)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        QTest::qFail(qPrintable(QStringLiteral("not a JSON object: ") + QString::fromUtf8(response.body)), __FILE__,
                     __LINE__);
    return document.object();
}

void ApiRoutesTest::expectProblem(const ApiResponse &response, int status, const QString &code)
{
    const QJsonObject problem = json(response);
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, QByteArray("application/problem+json"));
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
    QVERIFY(problem.contains(QStringLiteral("type")));
    QVERIFY(problem.contains(QStringLiteral("title")));
}

QJsonObject ApiRoutesTest::holdFor(const Resource &resource, const QUuid &customer, qint64 startDay, qint64 days,
                                   qint64 quantity)
{
    const qint64 start = TestBackend::StartTime + startDay * TestBackend::Day;
    QJsonObject hold{{QStringLiteral("resource"), text(resource.id)},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("start"), iso(start)},
                     {QStringLiteral("end"), iso(start + days * TestBackend::Day)}};
    if (!customer.isNull())
        hold.insert(QStringLiteral("customer"), text(customer));
    if (const QJsonObject details = TestBackend::completeDetails(resource.data.profile); !details.isEmpty())
        hold.insert(QStringLiteral("details"), details);
    return hold;
}

QJsonObject ApiRoutesTest::book(const User &user, const Resource &resource, const QUuid &customer, qint64 startDay)
{
    const ApiResponse made = call("POST", QStringLiteral("/api/v1/reservations"), user,
                                  body(holdFor(resource, customer, startDay)));
    if (made.status != 201)
        QTest::qFail(qPrintable(QStringLiteral("booking refused: ") + QString::fromUtf8(made.body)), __FILE__, __LINE__);
    return json(made);
}

void ApiRoutesTest::init()
{
    m_backend = std::make_unique<TestBackend>();
    m_router = std::make_unique<ApiRouter>();
    domainroutes::add(*m_router, m_backend->backend());
    m_waiter = std::make_unique<ChangeWaiter>(m_backend->backend().executor());
    syncroutes::add(*m_router, m_backend->backend(), *m_waiter);
    // The callers as the front end hands them over once their token is checked (token to user
    // is the auth layer's business and tested there): no accounts, no password hashing.
    const auto user = [](const QString &name, Role role, const QUuid &customerId = {}) {
        return User{QUuid::createUuid(), name, name, role, customerId, TestBackend::StartTime};
    };
    m_manager = user(QStringLiteral("manager"), Role::Manager);
    m_clerk = user(QStringLiteral("clerk"), Role::Clerk);
    m_customer = user(QStringLiteral("minji"), Role::Customer, m_backend->addCustomer(QStringLiteral("Kim Minji")).id);
    m_otherCustomer = user(QStringLiteral("jisoo"), Role::Customer,
                           m_backend->addCustomer(QStringLiteral("Park Jisoo"), QStringLiteral("010-9876-5432")).id);
    m_car = m_backend->addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("Avante"));
    m_taxi = m_backend->addResource(Profile::Taxi, 3, 20'000, PricingUnit::PerBooking, QStringLiteral("Taxi Standard"));
}

void ApiRoutesTest::cleanup()
{
    m_router.reset();
    m_waiter.reset();
    m_backend.reset();
}

void ApiRoutesTest::everyRouteNeedsSignIn()
{
    const QList<ApiRouter::Route> routes = m_router->routes();
    QVERIFY(routes.size() >= 20);
    const QStringList before = m_backend->snapshot();
    for (const ApiRouter::Route &route : routes) {
        QCOMPARE(route.access, ApiRouter::Access::SignedIn);
        QString path = route.pattern;
        path.replace(QStringLiteral("{id}"), text(m_car.id));
        const ApiResponse answer = call(route.method, path, std::nullopt, body(QJsonObject{}));
        expectProblem(answer, 401, QStringLiteral("unauthorized"));
        if (QTest::currentTestFailed())
            qWarning("refused wrongly: %s %s", route.method.constData(), qPrintable(route.pattern));
    }
    QCOMPARE(m_backend->snapshot(), before);
}

void ApiRoutesTest::forbiddenForRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");   // {car}, {booking}, {customer} are filled in
    QTest::addColumn<QString>("body");

    const QString resource = QStringLiteral(
        R"({"profile":"car","name":"Sonata","price":{"amount":1000,"currency":"KRW"}})");
    QTest::newRow("clerk registers a resource") << "clerk" << QByteArray("POST") << "/api/v1/resources" << resource;
    QTest::newRow("customer registers a resource") << "customer" << QByteArray("POST") << "/api/v1/resources" << resource;
    QTest::newRow("clerk updates a resource")
        << "clerk" << QByteArray("PUT") << "/api/v1/resources/{car}"
        << QStringLiteral(R"({"version":1,"profile":"car","name":"X","price":{"amount":1,"currency":"KRW"}})");
    QTest::newRow("customer retires a resource") << "customer" << QByteArray("DELETE") << "/api/v1/resources/{car}" << "";
    QTest::newRow("clerk retires a resource") << "clerk" << QByteArray("DELETE") << "/api/v1/resources/{car}" << "";
    QTest::newRow("customer lists all bookings") << "customer" << QByteArray("GET") << "/api/v1/reservations" << "";
    QTest::newRow("customer confirms") << "customer" << QByteArray("POST") << "/api/v1/reservations/{booking}/confirm" << "";
    QTest::newRow("customer checks out")
        << "customer" << QByteArray("POST") << "/api/v1/reservations/{booking}/check-out" << "";
    QTest::newRow("customer returns") << "customer" << QByteArray("POST") << "/api/v1/reservations/{booking}/return" << "";
    QTest::newRow("customer pays cash")
        << "customer" << QByteArray("POST") << "/api/v1/reservations/{booking}/payments" << R"({"method":"cash"})";
    QTest::newRow("customer refunds") << "customer" << QByteArray("POST") << "/api/v1/reservations/{booking}/refund" << "";
    QTest::newRow("customer lists customers") << "customer" << QByteArray("GET") << "/api/v1/customers" << "";
    QTest::newRow("customer registers a customer")
        << "customer" << QByteArray("POST") << "/api/v1/customers" << R"({"name":"Lee"})";
    QTest::newRow("customer reads another customer")
        << "customer" << QByteArray("GET") << "/api/v1/customers/{customer}" << "";
    QTest::newRow("clerk reads my-bookings") << "clerk" << QByteArray("GET") << "/api/v1/my-bookings" << "";
    QTest::newRow("manager reads my-bookings") << "manager" << QByteArray("GET") << "/api/v1/my-bookings" << "";
}

void ApiRoutesTest::forbiddenForRole()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);

    const QJsonObject booking = book(m_customer, m_car, {}, 1);
    const Customer stranger = m_backend->addCustomer(QStringLiteral("Lee Seoyeon"));
    path.replace(QStringLiteral("{car}"), text(m_car.id));
    path.replace(QStringLiteral("{booking}"), booking.value(QStringLiteral("id")).toString());
    path.replace(QStringLiteral("{customer}"), text(stranger.id));
    const User user = who == QStringLiteral("clerk") ? m_clerk : who == QStringLiteral("customer") ? m_customer : m_manager;

    const QStringList before = m_backend->snapshot();
    expectProblem(call(method, path, user, body.toUtf8()), 403, QStringLiteral("forbidden"));
    QCOMPARE(m_backend->snapshot(), before);
}

void ApiRoutesTest::customerCannotTouchAnotherCustomersBooking()
{
    const QJsonObject theirs = book(m_otherCustomer, m_car, {}, 1);
    const QString id = theirs.value(QStringLiteral("id")).toString();
    const QString one = QStringLiteral("/api/v1/reservations/") + id;
    const QStringList before = m_backend->snapshot();

    expectProblem(call("GET", one, m_customer), 403, QStringLiteral("forbidden"));
    expectProblem(call("POST", one + QStringLiteral("/cancel"), m_customer), 403, QStringLiteral("forbidden"));
    expectProblem(call("POST", one + QStringLiteral("/payments"), m_customer,
                       body(QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                        {QStringLiteral("cardToken"), QStringLiteral("tok_visa")},
                                        {QStringLiteral("cardBrand"), QStringLiteral("VISA")},
                                        {QStringLiteral("cardLast4"), QStringLiteral("4242")}})),
                  403, QStringLiteral("forbidden"));
    expectProblem(call("GET", one + QStringLiteral("/payments"), m_customer), 403, QStringLiteral("forbidden"));
    // Booking in someone else's name.
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations"), m_customer,
                       body(holdFor(m_taxi, m_otherCustomer.customerId, 3))),
                  403, QStringLiteral("forbidden"));
    QCOMPARE(m_backend->snapshot(), before);

    // Their notifications are not in mine.
    const QJsonArray mine = json(call("GET", QStringLiteral("/api/v1/notifications"), m_customer))
                                .value(QStringLiteral("items"))
                                .toArray();
    for (const QJsonValue &n : mine)
        QVERIFY(n.toObject().value(QStringLiteral("reservation")).toString() != id);
}

void ApiRoutesTest::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray post("POST"), get("GET"), put("PUT");
    const QString resources = QStringLiteral("/api/v1/resources");
    const QString reservations = QStringLiteral("/api/v1/reservations");
    // Resources.
    QTest::newRow("resource: not JSON") << "manager" << post << resources << "" << "{\"name\":" << 400 << "malformed_json";
    QTest::newRow("resource: an array") << "manager" << post << resources << "" << "[1,2]" << 400 << "malformed_json";
    QTest::newRow("resource: empty body") << "manager" << post << resources << "" << "" << 400 << "malformed_json";
    QTest::newRow("resource: name is a number")
        << "manager" << post << resources << ""
        << R"({"profile":"car","name":5,"price":{"amount":1,"currency":"KRW"}})" << 422 << "invalid_field";
    QTest::newRow("resource: no price") << "manager" << post << resources << "" << R"({"profile":"car","name":"A"})"
                                        << 422 << "invalid_field";
    QTest::newRow("resource: price as a string")
        << "manager" << post << resources << "" << R"({"profile":"car","name":"A","price":"1000"})" << 422
        << "invalid_field";
    QTest::newRow("resource: fractional amount")
        << "manager" << post << resources << ""
        << R"({"profile":"car","name":"A","price":{"amount":1.5,"currency":"KRW"}})" << 422 << "invalid_field";
    QTest::newRow("resource: unknown profile")
        << "manager" << post << resources << ""
        << R"({"profile":"boat","name":"A","price":{"amount":1,"currency":"KRW"}})" << 422 << "invalid_field";
    QTest::newRow("resource: negative price")
        << "manager" << post << resources << ""
        << R"({"profile":"car","name":"A","price":{"amount":-1,"currency":"KRW"}})" << 422 << "invalid_price";
    QTest::newRow("resource: capacity 0")
        << "manager" << post << resources << ""
        << R"({"profile":"car","name":"A","capacity":0,"price":{"amount":1,"currency":"KRW"}})" << 422
        << "invalid_capacity";
    QTest::newRow("resource: empty name")
        << "manager" << post << resources << "" << R"({"profile":"car","name":"","price":{"amount":1,"currency":"KRW"}})"
        << 422 << "text_required";
    QTest::newRow("resource update: no version")
        << "manager" << put << "/api/v1/resources/{car}" << ""
        << R"({"profile":"car","name":"A","price":{"amount":1,"currency":"KRW"}})" << 422 << "invalid_field";
    QTest::newRow("resource update: not JSON")
        << "manager" << put << "/api/v1/resources/{car}" << "" << "{" << 400 << "malformed_json";
    QTest::newRow("resources: limit 0") << "clerk" << get << resources << "limit=0" << "" << 422 << "invalid_field";
    QTest::newRow("resources: limit text") << "clerk" << get << resources << "limit=ten" << "" << 422 << "invalid_field";
    QTest::newRow("resources: offset negative")
        << "clerk" << get << resources << "offset=-1" << "" << 422 << "invalid_field";
    QTest::newRow("resources: unknown status") << "clerk" << get << resources << "status=gone" << "" << 422
                                               << "invalid_field";
    QTest::newRow("resources: unknown profile") << "clerk" << get << resources << "profile=boat" << "" << 422
                                                << "invalid_field";
    // Availability.
    const QString availability = QStringLiteral("/api/v1/availability");
    QTest::newRow("availability: no start") << "customer" << get << availability << "end=2027-02-01T00:00:00Z" << ""
                                            << 422 << "invalid_field";
    QTest::newRow("availability: time without offset")
        << "customer" << get << availability << "start=2027-02-01T00:00:00&end=2027-02-02T00:00:00Z" << "" << 422
        << "invalid_field";
    QTest::newRow("availability: end before start")
        << "customer" << get << availability << "start=2027-02-02T00:00:00Z&end=2027-02-01T00:00:00Z" << "" << 422
        << "invalid_period";
    QTest::newRow("availability: quantity 0")
        << "customer" << get << availability << "start=2027-02-01T00:00:00Z&end=2027-02-02T00:00:00Z&quantity=0" << ""
        << 422 << "invalid_quantity";
    QTest::newRow("availability: unknown profile")
        << "customer" << get << availability << "start=2027-02-01T00:00:00Z&end=2027-02-02T00:00:00Z&profile=x" << ""
        << 422 << "invalid_field";
    // Reservations.
    QTest::newRow("hold: not JSON") << "customer" << post << reservations << "" << "nope" << 400 << "malformed_json";
    QTest::newRow("hold: resource not a UUID")
        << "customer" << post << reservations << ""
        << R"({"resource":"car-1","start":"2027-02-01T00:00:00Z","end":"2027-02-02T00:00:00Z"})" << 422
        << "invalid_field";
    QTest::newRow("hold: quantity a string")
        << "customer" << post << reservations << ""
        << R"({"resource":"{car}","quantity":"2","start":"2027-02-01T00:00:00Z","end":"2027-02-02T00:00:00Z"})" << 422
        << "invalid_field";
    QTest::newRow("hold: start a number")
        << "customer" << post << reservations << "" << R"({"resource":"{car}","start":1800000000,"end":"2027-02-02T00:00:00Z"})"
        << 422 << "invalid_field";
    QTest::newRow("hold: quantity 0")
        << "customer" << post << reservations << ""
        << R"({"resource":"{car}","quantity":0,"start":"2027-02-01T00:00:00Z","end":"2027-02-02T00:00:00Z"})" << 422
        << "invalid_quantity";
    QTest::newRow("hold: period reversed")
        << "customer" << post << reservations << ""
        << R"({"resource":"{car}","start":"2027-02-02T00:00:00Z","end":"2027-02-01T00:00:00Z"})" << 422
        << "invalid_period";
    QTest::newRow("hold: staff without customer")
        << "clerk" << post << reservations << ""
        << R"({"resource":"{car}","start":"2027-02-01T00:00:00Z","end":"2027-02-02T00:00:00Z"})" << 422
        << "invalid_field";
    QTest::newRow("hold: unknown resource")
        << "customer" << post << reservations << ""
        << R"({"resource":"0190a000-0000-7000-8000-000000000001","start":"2027-02-01T00:00:00Z","end":"2027-02-02T00:00:00Z"})"
        << 404 << "unknown_resource";
    QTest::newRow("reservations: unknown status") << "clerk" << get << reservations << "status=lost" << "" << 422
                                                  << "invalid_field";
    QTest::newRow("reservations: bad resource filter")
        << "clerk" << get << reservations << "resource=abc" << "" << 422 << "invalid_field";
    QTest::newRow("reservations: bad from") << "clerk" << get << reservations << "from=yesterday" << "" << 422
                                            << "invalid_field";
    QTest::newRow("confirm: unpaid car") << "clerk" << post << "/api/v1/reservations/{booking}/confirm" << "" << ""
                                         << 409 << "payment_required";
    QTest::newRow("return: not checked out") << "clerk" << post << "/api/v1/reservations/{booking}/return" << "" << ""
                                             << 409 << "invalid_transition";
    // Payments.
    const QString payments = QStringLiteral("/api/v1/reservations/{booking}/payments");
    QTest::newRow("pay: not JSON") << "customer" << post << payments << "" << "{]" << 400 << "malformed_json";
    QTest::newRow("pay: unknown method") << "customer" << post << payments << "" << R"({"method":"bitcoin"})" << 422
                                         << "invalid_field";
    QTest::newRow("pay: method a number") << "customer" << post << payments << "" << R"({"method":1})" << 422
                                          << "invalid_field";
    QTest::newRow("pay: card without token") << "customer" << post << payments << "" << R"({"method":"card"})" << 422
                                             << "invalid_card_details";
    QTest::newRow("refund: nothing paid") << "clerk" << post << "/api/v1/reservations/{booking}/refund" << "" << ""
                                          << 409 << "invalid_payment_transition";
    // Customers.
    const QString customers = QStringLiteral("/api/v1/customers");
    QTest::newRow("customer: not JSON") << "clerk" << post << customers << "" << "name=Lee" << 400 << "malformed_json";
    QTest::newRow("customer: no name") << "clerk" << post << customers << "" << R"({"phone":"010"})" << 422
                                       << "invalid_field";
    QTest::newRow("customer: phone a number") << "clerk" << post << customers << "" << R"({"name":"Lee","phone":10})"
                                              << 422 << "invalid_field";
    QTest::newRow("customer: bad e-mail") << "clerk" << post << customers << "" << R"({"name":"Lee","email":"lee@"})"
                                          << 422 << "invalid_email";
    QTest::newRow("customers: limit too big") << "clerk" << get << customers << "limit=100000" << "" << 422
                                              << "invalid_field";
    // Notifications.
    QTest::newRow("notifications: bad customer filter")
        << "clerk" << get << "/api/v1/notifications" << "customer=me" << "" << 422 << "invalid_field";
    QTest::newRow("notifications: bad limit") << "customer" << get << "/api/v1/notifications" << "limit=-3" << "" << 422
                                              << "invalid_field";
}

void ApiRoutesTest::badInputChangesNothing()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    const QJsonObject booking = book(m_customer, m_car, {}, 1);
    for (QString *text : {&path, &body}) {
        text->replace(QStringLiteral("{car}"), ::text(m_car.id));
        text->replace(QStringLiteral("{booking}"), booking.value(QStringLiteral("id")).toString());
    }
    const User user = who == QStringLiteral("clerk") ? m_clerk : who == QStringLiteral("customer") ? m_customer : m_manager;
    const QStringList before = m_backend->snapshot();
    expectProblem(call(method, path, user, body.toUtf8(), query), status, code);
    QCOMPARE(m_backend->snapshot(), before);
}

void ApiRoutesTest::unknownIdsAreNotFound()
{
    const QString unknown = QStringLiteral("0190a000-0000-7000-8000-00000000abcd");
    expectProblem(call("GET", QStringLiteral("/api/v1/resources/") + unknown, m_clerk), 404,
                  QStringLiteral("unknown_resource"));
    expectProblem(call("GET", QStringLiteral("/api/v1/resources/not-a-uuid"), m_clerk), 404,
                  QStringLiteral("unknown_resource"));
    expectProblem(call("DELETE", QStringLiteral("/api/v1/resources/") + unknown, m_manager), 404,
                  QStringLiteral("unknown_resource"));
    expectProblem(call("GET", QStringLiteral("/api/v1/reservations/") + unknown, m_clerk), 404,
                  QStringLiteral("unknown_reservation"));
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations/x/cancel"), m_clerk), 404,
                  QStringLiteral("unknown_reservation"));
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations/") + unknown + QStringLiteral("/confirm"), m_clerk),
                  404, QStringLiteral("unknown_reservation"));
    expectProblem(call("GET", QStringLiteral("/api/v1/reservations/") + unknown + QStringLiteral("/payments"), m_clerk),
                  404, QStringLiteral("unknown_reservation"));
    expectProblem(call("GET", QStringLiteral("/api/v1/reservations/") + unknown + QStringLiteral("/payments"), m_customer),
                  404, QStringLiteral("unknown_reservation"));
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations/") + unknown + QStringLiteral("/refund"), m_clerk),
                  404, QStringLiteral("unknown_reservation"));
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations/") + unknown + QStringLiteral("/payments"), m_clerk,
                       R"({"method":"cash"})"),
                  404, QStringLiteral("unknown_reservation"));
    expectProblem(call("GET", QStringLiteral("/api/v1/customers/") + unknown, m_clerk), 404,
                  QStringLiteral("unknown_customer"));
    expectProblem(call("GET", QStringLiteral("/api/v1/customers/zzz"), m_clerk), 404, QStringLiteral("unknown_customer"));
}

void ApiRoutesTest::listsResourcesWithFiltersAndPaging()
{
    for (int i = 0; i < 3; ++i)
        m_backend->addResource(Profile::Item, 1, 1'000, PricingUnit::PerDay, QStringLiteral("Drill %1").arg(i));
    const QString path = QStringLiteral("/api/v1/resources");

    ApiResponse answer = call("GET", path, m_customer, {}, QStringLiteral("limit=2"));
    QCOMPARE(answer.status, 200);
    QJsonObject page = json(answer);
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(page.value(QStringLiteral("limit")).toInt(), 2);

    page = json(call("GET", path, m_customer, {}, QStringLiteral("limit=2&offset=4")));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), false);

    page = json(call("GET", path, m_clerk, {}, QStringLiteral("profile=item")));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 3);
    page = json(call("GET", path, m_clerk, {}, QStringLiteral("text=Drill%201")));
    const QJsonArray drills = page.value(QStringLiteral("items")).toArray();
    QCOMPARE(drills.size(), 1);
    const QJsonObject drill = drills.first().toObject();
    QCOMPARE(drill.value(QStringLiteral("name")).toString(), QStringLiteral("Drill 1"));
    QCOMPARE(drill.value(QStringLiteral("profile")).toString(), QStringLiteral("item"));
    QCOMPARE(drill.value(QStringLiteral("price")).toObject().value(QStringLiteral("amount")).toInteger(), 1000);
    QCOMPARE(drill.value(QStringLiteral("price")).toObject().value(QStringLiteral("currency")).toString(),
             QStringLiteral("KRW"));
    QCOMPARE(drill.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(!QUuid::fromString(drill.value(QStringLiteral("id")).toString()).isNull());
    QVERIFY(!drill.value(QStringLiteral("id")).toString().startsWith(u'{'));

    page = json(call("GET", path, m_clerk, {}, QStringLiteral("status=retired")));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 0);
}

void ApiRoutesTest::registersReadsUpdatesAndRetiresAResource()
{
    const QJsonObject draft{{QStringLiteral("profile"), QStringLiteral("product")},
                            {QStringLiteral("name"), QStringLiteral("Camping tent")},
                            {QStringLiteral("description"), QStringLiteral("4 persons")},
                            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("green")}}},
                            {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 30000},
                                                                  {QStringLiteral("currency"), QStringLiteral("KRW")}}},
                            {QStringLiteral("pricingUnit"), QStringLiteral("day")},
                            {QStringLiteral("capacity"), 5}};
    ApiResponse answer = call("POST", QStringLiteral("/api/v1/resources"), m_manager, body(draft));
    QCOMPARE(answer.status, 201);
    const QJsonObject made = json(answer);
    const QString id = made.value(QStringLiteral("id")).toString();
    QCOMPARE(made.value(QStringLiteral("capacity")).toInt(), 5);
    QCOMPARE(made.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("colour")).toString(),
             QStringLiteral("green"));
    QCOMPARE(made.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(made.value(QStringLiteral("createdAt")).toString().endsWith(u'Z'));

    const QString one = QStringLiteral("/api/v1/resources/") + id;
    answer = call("GET", one, m_customer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("name")).toString(), QStringLiteral("Camping tent"));

    QJsonObject change = draft;
    change.insert(QStringLiteral("name"), QStringLiteral("Camping tent XL"));
    change.insert(QStringLiteral("version"), 1);
    answer = call("PUT", one, m_manager, body(change));
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("name")).toString(), QStringLiteral("Camping tent XL"));
    QCOMPARE(json(answer).value(QStringLiteral("version")).toInt(), 2);

    // Retiring force-cancels its open bookings.
    const QUuid resourceId = QUuid::fromString(id);
    const Resource tent = TestBackend::must(m_backend->inventory().find(resourceId)).value();
    const QJsonObject booking = book(m_clerk, tent, m_customer.customerId, 2);
    answer = call("DELETE", one, m_manager);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
    const Reservation cancelled = m_backend->reload(QUuid::fromString(booking.value(QStringLiteral("id")).toString()));
    QCOMPARE(cancelled.status, ReservationStatus::ForceCancelled);
}

void ApiRoutesTest::updateWithStaleVersionConflicts()
{
    const QString one = QStringLiteral("/api/v1/resources/") + text(m_car.id);
    QJsonObject change{{QStringLiteral("profile"), QStringLiteral("car")},
                       {QStringLiteral("name"), QStringLiteral("Avante 2027")},
                       {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 60000},
                                                             {QStringLiteral("currency"), QStringLiteral("KRW")}}},
                       {QStringLiteral("version"), m_car.version}};
    QCOMPARE(call("PUT", one, m_manager, body(change)).status, 200);
    // The same version again: someone (this caller) changed it in the meantime.
    change.insert(QStringLiteral("name"), QStringLiteral("Avante old"));
    const QStringList before = m_backend->snapshot();
    expectProblem(call("PUT", one, m_manager, body(change)), 409, QStringLiteral("version_conflict"));
    QCOMPARE(m_backend->snapshot(), before);
}

void ApiRoutesTest::findsAvailability()
{
    book(m_customer, m_car, {}, 1);
    const QString start = iso(TestBackend::StartTime + TestBackend::Day);
    const QString end = iso(TestBackend::StartTime + 2 * TestBackend::Day);
    ApiResponse answer = call("GET", QStringLiteral("/api/v1/availability"), m_customer, {},
                              QStringLiteral("start=%1&end=%2").arg(start, end));
    QCOMPARE(answer.status, 200);
    QJsonArray items = json(answer).value(QStringLiteral("items")).toArray();
    // The car is taken that day; the taxi class is free.
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("resourceId")).toString(), text(m_taxi.id));
    QCOMPARE(items.first().toObject().value(QStringLiteral("free")).toInt(), 3);

    answer = call("GET", QStringLiteral("/api/v1/availability"), m_customer, {},
                  QStringLiteral("start=%1&end=%2&quantity=2&profile=taxi").arg(iso(TestBackend::StartTime + 5 * TestBackend::Day),
                                                                                  iso(TestBackend::StartTime + 6 * TestBackend::Day)));
    QCOMPARE(answer.status, 200);
    items = json(answer).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    // Priced per booking: one price whatever the quantity.
    QCOMPARE(items.first().toObject().value(QStringLiteral("price")).toObject().value(QStringLiteral("amount")).toInteger(),
             20000);
    QCOMPARE(items.first().toObject().value(QStringLiteral("free")).toInt(), 3);
}

// The API offers an exhibition session on its own day, with its slot to book; not one that
// has begun; and books nothing but that slot.
void ApiRoutesTest::sessionsAreOfferedAndBookedAsTheirSlots()
{
    const qint64 evening = TestBackend::StartTime + 2 * 3600; // 19:00 in Seoul today
    m_backend->clock().set(TestBackend::StartTime - 3600); // registered before it began
    m_backend->addSession(TestBackend::StartTime - 1800, 40, 15'000, QStringLiteral("Begun"));
    m_backend->clock().set(TestBackend::StartTime);
    const Resource session = m_backend->addSession(evening, 40, 15'000, QStringLiteral("Monet"), 90);
    const qint64 midnight = TestBackend::StartTime - 17 * 3600; // today began in Seoul
    const QString today = QStringLiteral("start=%1&end=%2&profile=exhibition")
                              .arg(iso(midnight), iso(midnight + TestBackend::Day));
    ApiResponse answer = call("GET", QStringLiteral("/api/v1/availability"), m_customer, {}, today);
    QCOMPARE(answer.status, 200);
    const QJsonArray items = json(answer).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject offered = items.first().toObject();
    QCOMPARE(offered.value(QStringLiteral("resourceId")).toString(), text(session.id));
    QCOMPARE(offered.value(QStringLiteral("start")).toString(), iso(evening));
    QCOMPARE(offered.value(QStringLiteral("end")).toString(), iso(evening + 90 * 60));
    const QString tomorrow = QStringLiteral("start=%1&end=%2&profile=exhibition")
                                 .arg(iso(midnight + TestBackend::Day), iso(midnight + 2 * TestBackend::Day));
    answer = call("GET", QStringLiteral("/api/v1/availability"), m_customer, {}, tomorrow);
    QCOMPARE(json(answer).value(QStringLiteral("items")).toArray().size(), 0);

    QJsonObject hold{{QStringLiteral("resource"), text(session.id)},
                     {QStringLiteral("quantity"), 2},
                     {QStringLiteral("start"), iso(midnight)},
                     {QStringLiteral("end"), iso(midnight + TestBackend::Day)}};
    const QStringList before = m_backend->snapshot();
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations"), m_customer, body(hold)), 422,
                  QStringLiteral("not_the_sessions_slot"));
    QCOMPARE(m_backend->snapshot(), before);
    hold.insert(QStringLiteral("start"), offered.value(QStringLiteral("start")));
    hold.insert(QStringLiteral("end"), offered.value(QStringLiteral("end")));
    answer = call("POST", QStringLiteral("/api/v1/reservations"), m_customer, body(hold));
    QCOMPARE(answer.status, 201);
    m_backend->clock().set(evening);
    hold.insert(QStringLiteral("quantity"), 1);
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations"), m_customer, body(hold)), 409,
                  QStringLiteral("session_started"));
}

void ApiRoutesTest::customerHoldsForThemselves()
{
    const QJsonObject made = book(m_customer, m_car, {}, 1);
    QCOMPARE(made.value(QStringLiteral("customer")).toString(), text(m_customer.customerId));
    QCOMPARE(made.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    QCOMPARE(made.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("unpaid"));
    QCOMPARE(made.value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount")).toInteger(), 50000);
    QCOMPARE(made.value(QStringLiteral("start")).toString(), iso(TestBackend::StartTime + TestBackend::Day));

    // Naming themselves is fine too, and a caller-made id is kept (offline devices).
    QJsonObject hold = holdFor(m_taxi, m_customer.customerId, 4);
    const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000aa");
    hold.insert(QStringLiteral("id"), id);
    ApiResponse answer = call("POST", QStringLiteral("/api/v1/reservations"), m_customer, body(hold));
    QCOMPARE(answer.status, 201);
    QCOMPARE(json(answer).value(QStringLiteral("id")).toString(), id);
    // The same id again is a conflict, not a second booking.
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations"), m_customer, body(hold)), 409,
                  QStringLiteral("duplicate_id"));

    answer = call("GET", QStringLiteral("/api/v1/reservations/") + id, m_customer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("resource")).toString(), text(m_taxi.id));
}

void ApiRoutesTest::staffHoldsForACustomerAndListsBookings()
{
    const Customer walkIn = m_backend->addCustomer(QStringLiteral("Choi Yuna"));
    const QJsonObject first = book(m_clerk, m_car, walkIn.id, 1);
    QCOMPARE(first.value(QStringLiteral("customer")).toString(), text(walkIn.id));
    book(m_manager, m_taxi, walkIn.id, 2);
    book(m_customer, m_taxi, {}, 3);

    const QString path = QStringLiteral("/api/v1/reservations");
    ApiResponse answer = call("GET", path, m_clerk);
    QCOMPARE(answer.status, 200);
    QJsonObject page = json(answer);
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 3);
    const QJsonObject row = page.value(QStringLiteral("items")).toArray().first().toObject();
    QVERIFY(row.contains(QStringLiteral("resourceName")));
    QVERIFY(row.contains(QStringLiteral("customerName")));

    page = json(call("GET", path, m_clerk, {}, QStringLiteral("customer=") + text(walkIn.id)));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 2);
    page = json(call("GET", path, m_clerk, {}, QStringLiteral("resource=") + text(m_car.id)));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 1);
    page = json(call("GET", path, m_manager, {}, QStringLiteral("status=held,confirmed&limit=2")));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), true);
    const QString firstId = page.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    page = json(call("GET", path, m_manager, {}, QStringLiteral("status=held,confirmed&limit=2&offset=2")));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), false);
    QVERIFY(page.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString() != firstId);
    page = json(call("GET", path, m_manager, {}, QStringLiteral("status=cancelled")));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 0);
    const qint64 day3 = TestBackend::StartTime + 3 * TestBackend::Day;
    page = json(call("GET", path, m_manager, {},
                     QStringLiteral("from=%1&to=%2").arg(iso(day3), iso(day3 + TestBackend::Day))));
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 1);
}

void ApiRoutesTest::capacityConflictIsAConflict()
{
    book(m_customer, m_car, {}, 1);
    const QStringList before = m_backend->snapshot();
    expectProblem(call("POST", QStringLiteral("/api/v1/reservations"), m_otherCustomer, body(holdFor(m_car, {}, 1))), 409,
                  QStringLiteral("capacity_conflict"));
    QCOMPARE(m_backend->snapshot(), before);
}

void ApiRoutesTest::movesABookingThroughItsLifeCycle()
{
    // A taxi booking waits for the dispatcher even when paid.
    const QJsonObject made = book(m_customer, m_taxi, {}, 1);
    const QString one = QStringLiteral("/api/v1/reservations/") + made.value(QStringLiteral("id")).toString();
    QCOMPARE(call("POST", one + QStringLiteral("/payments"), m_clerk, R"({"method":"cash"})").status, 201);

    ApiResponse answer = call("POST", one + QStringLiteral("/confirm"), m_clerk);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    answer = call("POST", one + QStringLiteral("/check-out"), m_clerk);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("status")).toString(), QStringLiteral("in_use"));
    // Not twice.
    const QStringList before = m_backend->snapshot();
    expectProblem(call("POST", one + QStringLiteral("/check-out"), m_clerk), 409, QStringLiteral("invalid_transition"));
    QCOMPARE(m_backend->snapshot(), before);
    answer = call("POST", one + QStringLiteral("/return"), m_manager);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    expectProblem(call("POST", one + QStringLiteral("/cancel"), m_clerk), 409, QStringLiteral("invalid_transition"));
}

void ApiRoutesTest::cancelsABooking()
{
    const QJsonObject mine = book(m_customer, m_car, {}, 1);
    ApiResponse answer = call("POST", QStringLiteral("/api/v1/reservations/%1/cancel").arg(mine.value(QStringLiteral("id")).toString()),
                              m_customer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));

    const QJsonObject theirs = book(m_otherCustomer, m_car, {}, 1);
    answer = call("POST", QStringLiteral("/api/v1/reservations/%1/cancel").arg(theirs.value(QStringLiteral("id")).toString()),
                  m_clerk);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
}

void ApiRoutesTest::paysByCardAndRefunds()
{
    const QJsonObject made = book(m_customer, m_car, {}, 1);
    const QString one = QStringLiteral("/api/v1/reservations/") + made.value(QStringLiteral("id")).toString();
    const QJsonObject card{{QStringLiteral("method"), QStringLiteral("card")},
                           {QStringLiteral("cardToken"), QStringLiteral("tok_visa")},
                           {QStringLiteral("cardBrand"), QStringLiteral("VISA")},
                           {QStringLiteral("cardLast4"), QStringLiteral("4242")}};
    ApiResponse answer = call("POST", one + QStringLiteral("/payments"), m_customer, body(card));
    QCOMPARE(answer.status, 201);
    QJsonObject outcome = json(answer);
    QCOMPARE(outcome.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("approved"));
    const QJsonObject payment = outcome.value(QStringLiteral("payment")).toObject();
    QCOMPARE(payment.value(QStringLiteral("cardLast4")).toString(), QStringLiteral("4242"));
    QCOMPARE(payment.value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount")).toInteger(), 50000);
    QVERIFY(!answer.body.contains("tok_visa"));
    // Paid: the car confirms itself.
    QCOMPARE(json(call("GET", one, m_customer)).value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    expectProblem(call("POST", one + QStringLiteral("/payments"), m_customer, body(card)), 409,
                  QStringLiteral("already_paid"));

    answer = call("GET", one + QStringLiteral("/payments"), m_customer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("items")).toArray().size(), 1);

    answer = call("POST", one + QStringLiteral("/refund"), m_clerk);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    const QJsonArray payments = json(call("GET", one + QStringLiteral("/payments"), m_clerk)).value(QStringLiteral("items")).toArray();
    QCOMPARE(payments.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    // Only once.
    expectProblem(call("POST", one + QStringLiteral("/refund"), m_manager), 409, QStringLiteral("invalid_payment_transition"));

    // A declined card is an answer: 200 with the reason.
    const QJsonObject other = book(m_otherCustomer, m_taxi, {}, 2);
    QJsonObject declined = card;
    declined.insert(QStringLiteral("cardToken"), QStringLiteral("tok_declined"));
    answer = call("POST", QStringLiteral("/api/v1/reservations/%1/payments").arg(other.value(QStringLiteral("id")).toString()),
                  m_otherCustomer, body(declined));
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("declined"));
    QVERIFY(!json(answer).value(QStringLiteral("reason")).toString().isEmpty());
}

void ApiRoutesTest::takesCashAndPayLater()
{
    const QJsonObject made = book(m_clerk, m_car, m_customer.customerId, 1);
    const QString payments = QStringLiteral("/api/v1/reservations/%1/payments").arg(made.value(QStringLiteral("id")).toString());
    ApiResponse answer = call("POST", payments, m_customer, R"({"method":"later"})");
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("deferred"));
    QVERIFY(json(answer).value(QStringLiteral("payment")).isNull());
    answer = call("POST", payments, m_clerk, R"({"method":"cash"})");
    QCOMPARE(answer.status, 201);
    QCOMPARE(json(answer).value(QStringLiteral("payment")).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("cash"));
}

void ApiRoutesTest::registersSearchesAndReadsCustomers()
{
    ApiResponse answer = call("POST", QStringLiteral("/api/v1/customers"), m_clerk,
                              R"({"name":"Han Seojun","phone":"010-5555-0101","email":"seojun@example.com"})");
    QCOMPARE(answer.status, 201);
    const QJsonObject made = json(answer);
    QCOMPARE(made.value(QStringLiteral("email")).toString(), QStringLiteral("seojun@example.com"));
    const QString id = made.value(QStringLiteral("id")).toString();

    answer = call("GET", QStringLiteral("/api/v1/customers/") + id, m_manager);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("phone")).toString(), QStringLiteral("010-5555-0101"));

    answer = call("GET", QStringLiteral("/api/v1/customers"), m_clerk, {}, QStringLiteral("text=seojun"));
    QCOMPARE(answer.status, 200);
    QJsonArray items = json(answer).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toString(), id);

    // Two customer accounts and the new one.
    const QJsonObject all = json(call("GET", QStringLiteral("/api/v1/customers"), m_clerk, {}, QStringLiteral("limit=2")));
    QCOMPARE(all.value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(all.value(QStringLiteral("more")).toBool(), true);
    const QJsonObject rest = json(call("GET", QStringLiteral("/api/v1/customers"), m_clerk, {}, QStringLiteral("offset=2")));
    QCOMPARE(rest.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(rest.value(QStringLiteral("more")).toBool(), false);
}

void ApiRoutesTest::customerReadsOwnRecordOnly()
{
    ApiResponse answer = call("GET", QStringLiteral("/api/v1/customers/") + text(m_customer.customerId), m_customer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(json(answer).value(QStringLiteral("id")).toString(), text(m_customer.customerId));
    expectProblem(call("GET", QStringLiteral("/api/v1/customers/") + text(m_otherCustomer.customerId), m_customer), 403,
                  QStringLiteral("forbidden"));
}

void ApiRoutesTest::listsMyBookings()
{
    const QJsonObject made = book(m_customer, m_car, {}, 1);
    book(m_otherCustomer, m_taxi, {}, 1);
    ApiResponse answer = call("GET", QStringLiteral("/api/v1/my-bookings"), m_customer);
    QCOMPARE(answer.status, 200);
    const QJsonArray items = json(answer).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject mine = items.first().toObject();
    QCOMPARE(mine.value(QStringLiteral("reservation")).toString(), made.value(QStringLiteral("id")).toString());
    QCOMPARE(mine.value(QStringLiteral("resourceName")).toString(), QStringLiteral("Avante"));
    QVERIFY(!mine.value(QStringLiteral("timeline")).toArray().isEmpty());
}

void ApiRoutesTest::listsNotifications()
{
    book(m_customer, m_car, {}, 1);
    book(m_otherCustomer, m_taxi, {}, 1);
    ApiResponse answer = call("GET", QStringLiteral("/api/v1/notifications"), m_clerk);
    QCOMPARE(answer.status, 200);
    const QJsonArray all = json(answer).value(QStringLiteral("items")).toArray();
    QVERIFY(all.size() >= 2);
    QVERIFY(all.first().toObject().contains(QStringLiteral("recipient")));

    answer = call("GET", QStringLiteral("/api/v1/notifications"), m_manager, {},
                  QStringLiteral("customer=") + text(m_customer.customerId));
    const QJsonArray forOne = json(answer).value(QStringLiteral("items")).toArray();
    QVERIFY(!forOne.isEmpty());
    for (const QJsonValue &n : forOne)
        QCOMPARE(n.toObject().value(QStringLiteral("customer")).toString(), text(m_customer.customerId));

    answer = call("GET", QStringLiteral("/api/v1/notifications"), m_customer, {}, QStringLiteral("limit=1"));
    QCOMPARE(answer.status, 200);
    const QJsonArray mine = json(answer).value(QStringLiteral("items")).toArray();
    QCOMPARE(mine.size(), 1);
    QVERIFY(!mine.first().toObject().contains(QStringLiteral("recipient")));
    QCOMPARE(json(answer).value(QStringLiteral("more")).toBool(), forOne.size() > 1);
}

void ApiRoutesTest::aPushIsAppliedOnlyAfterTheBatchItFollows()
{
    const auto holdCommand = [this](qint64 startDay) {
        Reservation r;
        r.id = QUuid::createUuid();
        r.resourceId = m_car.id;
        r.customerId = m_customer.customerId;
        r.quantity = 1;
        r.period = Period::make(TestBackend::StartTime + startDay * TestBackend::Day,
                                TestBackend::StartTime + (startDay + 1) * TestBackend::Day)
                       .value();
        SyncCommand command = synccommands::hold(r);
        command.id = QUuid::createUuid(); // as the counter's outbox gives it
        return command;
    };
    const SyncCommand first = holdCommand(3);
    const SyncCommand second = holdCommand(5);
    const auto push = [this](const SyncCommand &command, const QJsonValue &follows) {
        QJsonObject request{{QStringLiteral("device"), QStringLiteral("counter-a")},
                            {QStringLiteral("commands"), QJsonArray{syncwire::toJson(command)}}};
        if (!follows.isUndefined())
            request.insert(QStringLiteral("follows"), follows);
        return call("POST", QStringLiteral("/api/v1/sync/push"), m_clerk, body(request));
    };
    const auto appliedIds = [this](const ApiResponse &response) {
        QStringList applied;
        for (const QJsonValue &answer : json(response).value(QStringLiteral("answers")).toArray())
            if (answer.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied"))
                applied.append(answer.toObject().value(QStringLiteral("id")).toString());
        return applied;
    };

    // The batch before it never arrived (or not yet): refused whole, nothing applied.
    const QStringList before = m_backend->snapshot();
    expectProblem(push(second, text(first.id)), 409, QStringLiteral("push_out_of_order"));
    expectProblem(push(second, QStringLiteral("not-a-command")), 422, QStringLiteral("invalid_field"));
    expectProblem(push(second, 42), 422, QStringLiteral("invalid_field"));
    QCOMPARE(m_backend->snapshot(), before);

    // Once the first is answered, the batch that follows it is applied.
    const ApiResponse firstAnswer = push(first, QJsonValue::Undefined);
    QCOMPARE(firstAnswer.status, 200);
    QCOMPARE(appliedIds(firstAnswer), QStringList{text(first.id)});
    const ApiResponse secondAnswer = push(second, text(first.id));
    QCOMPARE(secondAnswer.status, 200);
    QCOMPARE(appliedIds(secondAnswer), QStringList{text(second.id)});
    QCOMPARE(m_backend->reload(second.entityId).status, ReservationStatus::Held);
}

QTEST_GUILESS_MAIN(ApiRoutesTest)
#include "tst_api_routes.moc"
