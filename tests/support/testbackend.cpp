#include "testbackend.h"

#include "domain/bookingdetails.h"
#include "domain/sessionslot.h"
#include "storage/connection.h"
#include "storage/databaseurl.h"
#include "storage/sqlquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Runs one statement on its own short connection to the database without a schema: making
// and dropping the test's schema must not go through the Backend under test.
void administer(const DatabaseOptions &database, const QString &sql)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("testbackend-admin-%1").arg(serial.fetchAndAddRelaxed(1));
    DatabaseOptions admin = database;
    admin.schema.clear();
    {
        auto db = connection::open(name, admin);
        if (!db)
            qFatal("cannot reach the test database: %s", qPrintable(db.error().message));
        QSqlQuery query(db.value());
        if (!query.exec(sql))
            qFatal("test database setup failed: %s", qPrintable(query.lastError().text()));
    }
    connection::close(name);
}

DatabaseOptions testDatabase(const QTemporaryDir &dir)
{
    const QString url = qEnvironmentVariable("RD_TEST_DATABASE");
    if (url.isEmpty())
        return DatabaseOptions{dir.filePath(QStringLiteral("test.sqlite")), DatabaseOptions::Durability::Normal};
    auto parsed = databaseurl::parse(url);
    if (!parsed)
        qFatal("RD_TEST_DATABASE: %s", qPrintable(parsed.error().message));
    DatabaseOptions options = parsed.value();
    if (!options.isPostgreSql())
        return options;
    // Unique across the test processes that share the cluster and the backends of one test.
    options.schema = QStringLiteral("t%1_%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(QRandomGenerator::global()->generate64(), 0, 36);
    administer(options, QStringLiteral("CREATE SCHEMA \"%1\"").arg(options.schema));
    return options;
}

} // namespace

TestBackend::TestBackend(ShopSettings settings, WorkerPriority priority, PaymentGateway *gateway)
    : m_options(testDatabase(m_dir)), m_settings(std::move(settings)), m_priority(priority),
      m_activeGateway(gateway ? gateway : &m_gateway)
{
    restart();
}

void TestBackend::restart()
{
    m_backend.reset();
    m_backend = std::make_unique<Backend>(m_options, m_settings, m_clock, *m_activeGateway, m_priority);
    auto opened = await(m_backend->open());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
}

TestBackend::~TestBackend()
{
    m_backend.reset(); // closes its connections first
    if (m_options.isPostgreSql())
        administer(m_options, QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(m_options.schema));
}

QString TestBackend::databasePath() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

namespace {

QJsonObject slotAttributes(qint64 start, int minutes, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toTimeZone(zone);
    return QJsonObject{{sessionslot::DateKey, local.date().toString(sessionslot::DateFormat)},
                       {sessionslot::TimeKey, local.time().toString(sessionslot::TimeFormat)},
                       {sessionslot::DurationKey, minutes}};
}

} // namespace

Resource TestBackend::addSession(qint64 start, int seats, qint64 price, const QString &name, int minutes)
{
    ResourceDraft draft;
    draft.profile = Profile::Exhibition;
    draft.name = name;
    draft.price = Money{price, QStringLiteral("KRW")};
    draft.pricingUnit = PricingUnit::PerSeat;
    draft.capacity = seats;
    draft.attributes = slotAttributes(start, minutes, QTimeZone(m_settings.timeZone));
    auto made = await(inventory().registerResource(draft));
    if (!made)
        qFatal("cannot register a session: %s", qPrintable(made.error().message));
    return made.value();
}

HoldRequest TestBackend::seats(const Resource &session, const Customer &customer, qint64 quantity) const
{
    const auto slot = sessionslot::of(session.data.attributes, QTimeZone(m_settings.timeZone));
    if (!slot)
        qFatal("not a session with a date and time");
    HoldRequest r;
    r.resourceId = session.id;
    r.customerId = customer.id;
    r.quantity = quantity;
    r.start = slot->start;
    r.end = slot->end;
    return r;
}

Resource TestBackend::addResource(Profile profile, int capacity, qint64 price, PricingUnit unit,
                                  const QString &name)
{
    ResourceDraft draft;
    if (profile == Profile::Exhibition)
        draft.attributes = slotAttributes(SessionStart, SessionMinutes, QTimeZone(m_settings.timeZone));
    draft.profile = profile;
    draft.name = name;
    draft.price = Money{price, QStringLiteral("KRW")};
    draft.pricingUnit = unit;
    draft.capacity = capacity;
    auto made = await(inventory().registerResource(draft));
    if (!made)
        qFatal("cannot register a resource: %s", qPrintable(made.error().message));
    return made.value();
}

Customer TestBackend::addCustomer(const QString &name, const QString &phone)
{
    auto made = await(customers().registerCustomer(CustomerDraft{name, phone, {}}));
    if (!made)
        qFatal("cannot register a customer: %s", qPrintable(made.error().message));
    return made.value();
}

HoldRequest TestBackend::request(const Resource &resource, const Customer &customer, qint64 startDay,
                                 qint64 days, qint64 quantity) const
{
    HoldRequest r;
    r.resourceId = resource.id;
    r.customerId = customer.id;
    r.quantity = quantity;
    r.start = StartTime + startDay * Day;
    r.end = r.start + days * Day;
    r.details = completeDetails(resource.data.profile);
    return r;
}

QJsonObject TestBackend::completeDetails(Profile profile)
{
    if (profile == Profile::Taxi)
        return QJsonObject{{bookingdetails::PickupKey, QStringLiteral("Seoul Station")},
                           {bookingdetails::DestinationKey, QStringLiteral("City Hall")}};
    if (profile == Profile::Product)
        return QJsonObject{{bookingdetails::AddressKey, QStringLiteral("12 Hangang-daero, flat 301")},
                           {bookingdetails::DeliverySlotKey, bookingdetails::deliverySlots().constFirst()}};
    return {};
}

Result<Reservation> TestBackend::hold(const HoldRequest &request)
{
    return await(reservations().hold(request));
}

Result<PaymentOutcome> TestBackend::payByCard(const QUuid &reservationId, const QString &token)
{
    return await(reservations().pay(
        PaymentRequest{reservationId, PaymentMethod::Card, token, QStringLiteral("VISA"), QStringLiteral("4242")}));
}

Reservation TestBackend::reload(const QUuid &id)
{
    auto found = await(reservations().find(id));
    if (!found)
        qFatal("cannot read a reservation: %s", qPrintable(found.error().message));
    if (!found.value())
        qFatal("reservation vanished");
    return *found.value();
}

std::unique_ptr<Session> TestBackend::signIn(Role role, const QString &username)
{
    static int serial = 0;
    const QString name = username.isEmpty() ? QStringLiteral("%1-%2").arg(roles::key(role)).arg(++serial) : username;
    const QString password = QStringLiteral("correct horse battery");
    UserDraft draft{name, name, password, role, {}};
    if (role == Role::Customer)
        draft.customerId = addCustomer(QStringLiteral("Customer %1").arg(name)).id;
    must(m_backend->accounts().createUser(draft));
    return std::make_unique<Session>(*m_backend, must(m_backend->accounts().signIn(name, password)));
}

QStringList TestBackend::snapshot()
{
    return await(m_backend->readers().read<QStringList>([](const QSqlDatabase &db) {
        QStringList tables;
        if (db.driverName() == QLatin1StringView("QPSQL")) {
            // QSqlDatabase::tables() lists every schema's tables; only ours count.
            SqlQuery q(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"));
            auto names = q.collect([](const SqlQuery &row) { return row.text(0); });
            if (!names || names->isEmpty())
                qFatal("snapshot: cannot list the tables");
            tables = names.value();
        } else {
            tables = db.tables();
        }
        QStringList rows;
        for (const QString &table : std::as_const(tables)) {
            if (table.startsWith(QLatin1StringView("sqlite_")))
                continue;
            SqlQuery q(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            if (!q.exec())
                continue;
            while (q.next()) {
                QStringList cells{table};
                const qsizetype columns = q.columnNames().size();
                for (int i = 0; i < columns; ++i)
                    cells << q.value(i).toString();
                rows << cells.join(u'|');
            }
        }
        rows.sort();
        return rows;
    }));
}

ShopSettings TestBackend::syncingShop(const QString &device)
{
    ShopSettings shop;
    shop.syncClient = true;
    shop.deviceId = device;
    return shop;
}
