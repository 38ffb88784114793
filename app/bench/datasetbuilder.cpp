#include "datasetbuilder.h"

#include "benchlogging.h"
#include "cataloguegenerator.h"
#include "domain/errors.h"
#include "storage/connection.h"
#include "storage/customerrepository.h"
#include "storage/migrations.h"
#include "storage/reservationbulkimport.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "timelinegenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <limits>

namespace {

const QString ConnectionName = QStringLiteral("bench-import");
// insertMany is handed this many rows at a time: the whole million at once would hold
// every row in memory twice (our list and the driver's bound values) for no gain.
constexpr qsizetype ChunkRows = 10'000;
// Fixed seeds: every run generates the same shape of data, so runs compare.
constexpr quint32 CatalogueSeed = 20'240'601;
constexpr quint32 TimelineSeed = 7;

Dataset makeDataset(const QString &path)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Dataset dataset;
    dataset.path = path;
    dataset.now = now - now % TimelineGenerator::Hour; // bookings start on the hour
    return dataset;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

DatasetBuilder::DatasetBuilder(const QString &path, const BenchScale &scale)
    : m_scale(scale), m_dataset(makeDataset(path)), m_catalogue(m_dataset.now, CatalogueSeed)
{
}

Result<ImportFigures> DatasetBuilder::build()
{
    ImportFigures figures;
    Result<void> built = [&]() -> Result<void> {
        // NORMAL: an import that dies half way is simply run again, so it need not wait for
        // the disk at every commit (the app's own connections default to FULL).
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
    figures.commitSeconds = seconds(commit);
    figures.seconds += figures.commitSeconds;
    qCInfo(lcBench) << "committed in" << seconds(commit) << "s";
    return {};
}

Result<QList<Resource>> DatasetBuilder::insertResources(const QSqlDatabase &db)
{
    QList<Resource> list;
    list.reserve(m_scale.resources);
    for (int i = 0; i < m_scale.resources; ++i) {
        Resource resource = m_catalogue.resource(i);
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
        const Customer customer = m_catalogue.customer(i);
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

    inserting.start();
    auto import = ReservationBulkImport::begin(db);
    if (!import)
        return import.error();
    insertingNanos += inserting.nsecsElapsed();
    auto flush = [&]() -> Result<void> {
        inserting.start();
        RD_TRY(import.value().add(chunk));
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
    inserting.start();
    RD_TRY(import.value().finish()); // the indexes are built here: part of the import's time
    figures.indexSeconds = seconds(inserting);
    insertingNanos += inserting.nsecsElapsed();
    figures.seconds = double(insertingNanos) / 1e9;
    figures.setupSeconds += double(generatingNanos) / 1e9;
    return {};
}
