#include "api/inventoryservice.h"

#include "commands/inventorycommands.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "domain/clock.h"
#include "queries/resourcecatalogue.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "sync/syncedcommands.h"

InventoryService::InventoryService(CommandExecutor &executor, ReaderPool &readers, const QTimeZone &zone,
                                   const Clock &clock)
    : m_executor(executor), m_readers(readers), m_clock(clock), m_catalogue(std::make_shared<ResourceCatalogue>(zone))
{
}

QFuture<Result<Resource>> InventoryService::registerResource(const ResourceDraft &draft)
{
    return m_executor.execute<Resource>(
        [draft](CommandContext &c) { return syncedcommands::registerResource(c, draft); });
}

QFuture<Result<Resource>> InventoryService::updateResource(const QUuid &id, const ResourceDraft &draft,
                                                           int expectedVersion)
{
    return m_executor.execute<Resource>([id, draft, expectedVersion](CommandContext &c) {
        return syncedcommands::updateResource(c, id, draft, expectedVersion);
    });
}

QFuture<Result<Resource>> InventoryService::setStatus(const QUuid &id, ResourceStatus status)
{
    return m_executor.execute<Resource>(
        [id, status](CommandContext &c) { return syncedcommands::setResourceStatus(c, id, status); });
}

QFuture<Result<Resource>> InventoryService::retire(const QUuid &id)
{
    return m_executor.execute<Resource>(
        [id](CommandContext &c) { return syncedcommands::retireResource(c, id); });
}

QFuture<Result<int>> InventoryService::retirementImpact(const QUuid &id)
{
    return m_readers.read<Result<int>>([id](const QSqlDatabase &db) -> Result<int> {
        auto open = reservationrepository::openForResource(db, id);
        if (!open)
            return open.error();
        return int(std::count_if(open->cbegin(), open->cend(), [](const Reservation &r) {
            return r.status != ReservationStatus::InUse;
        }));
    });
}

QFuture<Result<std::optional<Resource>>> InventoryService::find(const QUuid &id)
{
    return m_readers.read<Result<std::optional<Resource>>>(
        [id](const QSqlDatabase &db) { return resourcerepository::find(db, id); });
}

QFuture<Result<QList<Resource>>> InventoryService::page(int offset, int limit)
{
    return m_readers.read<Result<QList<Resource>>>(
        [offset, limit](const QSqlDatabase &db) { return resourcerepository::page(db, offset, limit); });
}

QFuture<Result<QList<Availability>>> InventoryService::availability(const Period &period, qint64 quantity,
                                                                    std::optional<Profile> profile)
{
    return m_readers.read<Result<QList<Availability>>>(
        [catalogue = m_catalogue, period, quantity, profile, now = m_clock.nowSecs()](const QSqlDatabase &db) {
            return availabilityquery::find(db, *catalogue, period, quantity, now, profile);
        });
}
