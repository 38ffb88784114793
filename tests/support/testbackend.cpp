#include "testbackend.h"

#include "storage/sqlquery.h"

#include <QSqlRecord>

TestBackend::TestBackend(ShopSettings settings)
{
    DatabaseOptions options{m_dir.filePath(QStringLiteral("test.sqlite")),
                            DatabaseOptions::Durability::Normal};
    m_backend = std::make_unique<Backend>(options, settings, m_clock, m_gateway);
    auto opened = await(m_backend->open());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
}

TestBackend::~TestBackend() = default;

QString TestBackend::databasePath() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

Resource TestBackend::addResource(Profile profile, int capacity, qint64 price, PricingUnit unit,
                                  const QString &name)
{
    ResourceDraft draft;
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
    return r;
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
        QStringList rows;
        const QStringList tables = db.tables();
        for (const QString &table : tables) {
            if (table.startsWith(QLatin1StringView("sqlite_")))
                continue;
            SqlQuery q(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            if (!q.exec())
                continue;
            while (q.next()) {
                QStringList cells{table};
                const int columns = q.raw().record().count();
                for (int i = 0; i < columns; ++i)
                    cells << q.value(i).toString();
                rows << cells.join(u'|');
            }
        }
        rows.sort();
        return rows;
    }));
}
