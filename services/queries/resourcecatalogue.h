#pragma once

#include "domain/profile.h"
#include "domain/resource.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

#include <memory>

// The bookable (active) resources, by name, kept in memory by the readers for availability
// searches: reading and sorting ten thousand rows costs more than the search itself. It is
// reloaded when the catalogue version in the database (bumped by every resource change, in
// the same transaction) differs from the one it was loaded at. Shared by reader threads.
class ResourceCatalogue final
{
public:
    struct Entry
    {
        QUuid id;
        QByteArray storedId; // the id's text as stored, to match the bookings' resource_id
        QString name;
        Profile profile{};
        int capacity = 0;
        ResourceDraft pricing; // price and pricing unit only
    };
    // Immutable once loaded.
    struct Snapshot
    {
        QList<Entry> entries;
        QHash<QByteArray, int> byId; // storedId → index in entries
    };
    using Entries = std::shared_ptr<const Snapshot>;

    Result<Entries> activeResources(const QSqlDatabase &db);

private:
    QMutex m_mutex;
    qint64 m_version = -1;
    Entries m_entries;
};
