#pragma once

#include "domain/resource.h"
#include "queries/availabilityquery.h"

#include <QFuture>

#include <memory>
#include <optional>

class Clock;
class CommandExecutor;
class QTimeZone;
class ReaderPool;
class ResourceCatalogue;

// The inventory as callers on any thread see it: every call returns at once with a future.
class InventoryService final
{
public:
    // Sessions' dates and times are in the shop's `zone`; `clock` says which have begun.
    InventoryService(CommandExecutor &executor, ReaderPool &readers, const QTimeZone &zone, const Clock &clock);

    QFuture<Result<Resource>> registerResource(const ResourceDraft &draft);
    QFuture<Result<Resource>> updateResource(const QUuid &id, const ResourceDraft &draft, int expectedVersion);
    QFuture<Result<Resource>> setStatus(const QUuid &id, ResourceStatus status);
    QFuture<Result<Resource>> retire(const QUuid &id);

    // How many bookings retiring the resource would force-cancel (ask before retiring).
    QFuture<Result<int>> retirementImpact(const QUuid &id);
    QFuture<Result<std::optional<Resource>>> find(const QUuid &id);
    QFuture<Result<QList<Resource>>> page(int offset, int limit);
    QFuture<Result<QList<Availability>>> availability(const Period &period, qint64 quantity,
                                                      std::optional<Profile> profile = std::nullopt);

private:
    CommandExecutor &m_executor;
    ReaderPool &m_readers;
    const Clock &m_clock;
    std::shared_ptr<ResourceCatalogue> m_catalogue; // shared with reader threads
};
