#include "syncedcounter.h"

#include "storage/customerrepository.h"
#include "storage/resourcerepository.h"
#include "storage/sqlquery.h"
#include "sync/clientsync.h"
#include "sync/outbox.h"

#include <QSignalSpy>

SyncedCounter::SyncedCounter(const QString &device, QUrl server, int pushBatch)
    : m_device(device), m_server(std::move(server)), m_pushBatch(pushBatch), m_local(TestBackend::syncingShop(device))
{
}

void SyncedCounter::connectToServer()
{
    SyncSettings settings;
    settings.server = m_server;
    settings.device = m_device;
    settings.username = QStringLiteral("clerk");
    settings.password = QStringLiteral("rentaldesk");
    settings.pushBatch = m_pushBatch;
    settings.firstRetryMs = 100;
    settings.maxRetryMs = 1000;
    m_engine = std::make_unique<SyncEngine>(m_local.backend(), settings);
    m_engine->start();
}

bool SyncedCounter::syncNow()
{
    if (!m_engine)
        connectToServer();
    QSignalSpy caughtUp(m_engine.get(), &SyncEngine::caughtUp);
    return caughtUp.wait(60'000);
}

Resource SyncedCounter::anyResourceWithCapacity(int capacity)
{
    return TestBackend::await(m_local.backend().readers().read<Resource>([capacity](const QSqlDatabase &db) {
        SqlQuery select(db, QStringLiteral("SELECT id FROM resources WHERE capacity = ? AND status = 0 ORDER BY id LIMIT 1"));
        select.bind(capacity);
        const auto id = select.first([](const SqlQuery &q) { return q.uuid(0); });
        return resourcerepository::find(db, id.value().value()).value().value();
    }));
}

QList<Resource> SyncedCounter::bookableResources(int capacity)
{
    return TestBackend::await(m_local.backend().readers().read<QList<Resource>>([capacity](const QSqlDatabase &db) {
        SqlQuery select(db, QStringLiteral("SELECT %1 FROM resources WHERE status = 0 AND capacity = ? ORDER BY id")
                                .arg(resourcerepository::columns()));
        select.bind(capacity);
        return select.collect([](const SqlQuery &q) { return resourcerepository::fromRow(q); }).value();
    }));
}

Customer SyncedCounter::anyCustomer()
{
    return TestBackend::await(m_local.backend().readers().read<Customer>([](const QSqlDatabase &db) {
        SqlQuery select(db, QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1"));
        const auto id = select.first([](const SqlQuery &q) { return q.uuid(0); });
        return customerrepository::find(db, id.value().value()).value().value();
    }));
}

ReservationStatus SyncedCounter::status(const QUuid &reservationId)
{
    return m_local.reload(reservationId).status;
}

QStringList SyncedCounter::reservationStates()
{
    return TestBackend::await(m_local.backend().readers().read<QStringList>([](const QSqlDatabase &db) {
        SqlQuery select(db, QStringLiteral("SELECT id || ' ' || status || ' ' || payment_status FROM reservations ORDER BY id"));
        return select.collect([](const SqlQuery &q) { return q.text(0); }).value();
    }));
}

qint64 SyncedCounter::outboxSize()
{
    return TestBackend::await(m_local.backend().readers().read<qint64>(
        [](const QSqlDatabase &db) { return outbox::count(db).value(); }));
}

qint64 SyncedCounter::conflicts()
{
    return TestBackend::await(m_local.backend().readers().read<qint64>(
        [](const QSqlDatabase &db) { return clientsync::conflictCount(db).value(); }));
}
