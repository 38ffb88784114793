#include "datasetbuilder.h"

#include "benchlogging.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "domain/profile.h"
#include "storage/connection.h"
#include "storage/customerrepository.h"
#include "storage/migrations.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "timelinegenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>

#include <QHash>

#include <array>
#include <limits>

namespace {

const QString ConnectionName = QStringLiteral("bench-import");
// insertMany is handed this many rows at a time: the whole million at once would hold
// every row in memory twice (our list and the driver's bound values) for no gain.
constexpr qsizetype ChunkRows = 10'000;
// Fixed seeds: every run generates the same shape of data, so runs compare.
constexpr quint32 DataSeed = 20'240'601;
constexpr quint32 TimelineSeed = 7;

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

DatasetBuilder::DatasetBuilder(const QString &path, const BenchScale &scale)
    : m_scale(scale), m_random(DataSeed)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_dataset.path = path;
    m_dataset.now = now - now % TimelineGenerator::Hour; // bookings start on the hour
}

Result<ImportFigures> DatasetBuilder::build()
{
    ImportFigures figures;
    Result<void> built = [&]() -> Result<void> {
        // NORMAL: a bulk import that dies half way is simply run again, so it need not
        // wait for the disk at every commit (the brief allows it; the services use FULL).
        auto db = connection::open(ConnectionName, DatabaseOptions{m_dataset.path, DatabaseOptions::Durability::Normal});
        if (!db)
            return db.error();
        return buildOn(db.value(), figures);
    }();
    // Closing the last connection checkpoints the WAL into the database file, so the
    // benches that follow start from a clean file.
    connection::close(ConnectionName);
    if (!built)
        return built.error();
    return figures;
}

Result<void> DatasetBuilder::buildOn(QSqlDatabase &db, ImportFigures &figures)
{
    RD_TRY(migrations::migrate(db));
    QElapsedTimer setup;
    setup.start();
    if (!db.transaction())
        return errors::storage(db.lastError().text());
    auto resources = insertResources(db);
    if (!resources)
        return resources.error();
    RD_TRY(insertCustomers(db));
    if (!db.commit())
        return errors::storage(db.lastError().text());
    figures.resources = int(resources->size());
    figures.customers = int(m_dataset.customers.size());
    figures.setupSeconds = seconds(setup);
    qCInfo(lcBench) << "inserted" << figures.resources << "resources and" << figures.customers
                    << "customers in" << figures.setupSeconds << "s";

    if (!db.transaction())
        return errors::storage(db.lastError().text());
    if (auto inserted = insertReservations(db, resources.value(), figures); !inserted) {
        db.rollback();
        return inserted.error();
    }
    QElapsedTimer commit;
    commit.start();
    if (!db.commit())
        return errors::storage(db.lastError().text());
    figures.seconds += seconds(commit);
    qCInfo(lcBench) << "committed in" << seconds(commit) << "s";
    return {};
}

Result<QList<Resource>> DatasetBuilder::insertResources(const QSqlDatabase &db)
{
    QList<Resource> list;
    list.reserve(m_scale.resources);
    for (int i = 0; i < m_scale.resources; ++i) {
        Resource resource = makeResource(i);
        RD_TRY(resourcerepository::insert(db, resource));
        if (resource.status == ResourceStatus::Active)
            m_dataset.bookable.append(DatasetResource{resource.id, resource.data.capacity, {}});
        list.append(std::move(resource));
    }
    return list;
}

Result<void> DatasetBuilder::insertCustomers(const QSqlDatabase &db)
{
    m_dataset.customers.reserve(m_scale.customers);
    for (int i = 0; i < m_scale.customers; ++i) {
        const Customer customer = makeCustomer(i);
        RD_TRY(customerrepository::insert(db, customer));
        m_dataset.customers.append(customer.id);
    }
    return {};
}

Result<void> DatasetBuilder::insertReservations(const QSqlDatabase &db, const QList<Resource> &resources,
                                                ImportFigures &figures)
{
    TimelineGenerator generator(m_dataset.now, m_scale.reservationsPerResource, m_dataset.customers,
                                TimelineSeed);
    QHash<QUuid, qsizetype> bookableIndex;
    for (qsizetype i = 0; i < m_dataset.bookable.size(); ++i)
        bookableIndex.insert(m_dataset.bookable.at(i).id, i);

    QElapsedTimer generating;
    qint64 generatingNanos = 0;
    QElapsedTimer inserting;
    qint64 insertingNanos = 0;
    QList<Reservation> chunk;
    chunk.reserve(ChunkRows + m_scale.reservationsPerResource);
    m_dataset.rangeStart = std::numeric_limits<qint64>::max();
    m_dataset.rangeEnd = std::numeric_limits<qint64>::min();

    auto flush = [&]() -> Result<void> {
        inserting.start();
        RD_TRY(reservationrepository::insertMany(db, chunk));
        insertingNanos += inserting.nsecsElapsed();
        figures.rows += chunk.size();
        if (figures.rows % 100'000 < chunk.size())
            qCInfo(lcBench) << "inserted" << figures.rows << "reservations";
        chunk.clear();
        return {};
    };

    for (const Resource &resource : resources) {
        generating.start();
        Timeline timeline = generator.generate(resource);
        m_dataset.rangeStart = std::min(m_dataset.rangeStart, timeline.first);
        m_dataset.rangeEnd = std::max(m_dataset.rangeEnd, timeline.last);
        if (const auto found = bookableIndex.constFind(resource.id); found != bookableIndex.cend())
            m_dataset.bookable[*found].freeFuture = std::move(timeline.freeFuture);
        chunk.append(timeline.reservations);
        generatingNanos += generating.nsecsElapsed();
        if (chunk.size() >= ChunkRows)
            RD_TRY(flush());
    }
    if (!chunk.isEmpty())
        RD_TRY(flush());
    figures.seconds = double(insertingNanos) / 1e9;
    figures.setupSeconds += double(generatingNanos) / 1e9;
    return {};
}

Resource DatasetBuilder::makeResource(int index)
{
    static const std::array<QString, 10> cars{
        QStringLiteral("Avante"), QStringLiteral("Sonata"), QStringLiteral("K5"),
        QStringLiteral("Grandeur"), QStringLiteral("Morning"), QStringLiteral("Tucson"),
        QStringLiteral("Santa Fe"), QStringLiteral("Carnival"), QStringLiteral("Ioniq 5"),
        QStringLiteral("EV6")};
    static const std::array<QString, 6> items{
        QStringLiteral("Camera"), QStringLiteral("Tent"), QStringLiteral("Drill"),
        QStringLiteral("Projector"), QStringLiteral("Bicycle"), QStringLiteral("Kayak")};

    Resource r;
    r.id = ids::newId();
    r.createdAt = r.updatedAt = m_dataset.now - 800 * TimelineGenerator::Day;
    r.data.price.currency = QStringLiteral("KRW");
    // One in ten sells seats (capacity > 1); the rest are cars and items, one unit each.
    if (index % 10 == 9) {
        r.data.profile = Profile::Exhibition;
        r.data.name = QStringLiteral("Gallery session %1").arg(index, 5, 10, QLatin1Char('0'));
        r.data.capacity = m_random.bounded(4, 21);
        r.data.pricingUnit = PricingUnit::PerSeat;
        r.data.price.minor = 15'000;
    } else if (index % 2 == 0) {
        r.data.profile = Profile::Car;
        const QString plate = QStringLiteral("%1A%2").arg(m_random.bounded(10, 100)).arg(index, 5, 10, QLatin1Char('0'));
        r.data.name = cars.at(m_random.bounded(int(cars.size()))) + u' ' + plate;
        r.data.attributes = QJsonObject{{QStringLiteral("plate"), plate}};
        r.data.price.minor = 1'000 * m_random.bounded(40, 151);
    } else {
        r.data.profile = Profile::Item;
        r.data.name = items.at(m_random.bounded(int(items.size()))) + QStringLiteral(" #%1").arg(index);
        r.data.price.minor = 1'000 * m_random.bounded(5, 51);
    }
    // A few are in the workshop: they have a history but take no new bookings.
    if (m_random.bounded(100) < 2)
        r.status = ResourceStatus::Maintenance;
    return r;
}

Customer DatasetBuilder::makeCustomer(int index)
{
    static const std::array<QString, 8> surnames{
        QStringLiteral("Kim"), QStringLiteral("Lee"), QStringLiteral("Park"), QStringLiteral("Choi"),
        QStringLiteral("Jung"), QStringLiteral("Kang"), QStringLiteral("Cho"), QStringLiteral("Yoon")};
    static const std::array<QString, 8> givenNames{
        QStringLiteral("Minji"), QStringLiteral("Jiho"), QStringLiteral("Seoyeon"), QStringLiteral("Hyun"),
        QStringLiteral("Jisoo"), QStringLiteral("Dohyun"), QStringLiteral("Yuna"), QStringLiteral("Junwoo")};

    Customer c;
    c.id = ids::newId();
    c.data.name = surnames.at(m_random.bounded(int(surnames.size()))) + u' '
                  + givenNames.at(m_random.bounded(int(givenNames.size())));
    c.data.phone = QStringLiteral("010-%1-%2")
                       .arg(m_random.bounded(1000, 10000))
                       .arg(m_random.bounded(1000, 10000));
    // Walk-in customers often leave no e-mail address.
    if (index % 2 == 0)
        c.data.email = QStringLiteral("customer%1@example.com").arg(index);
    c.createdAt = m_dataset.now - m_random.bounded(1, 800) * TimelineGenerator::Day;
    return c;
}
