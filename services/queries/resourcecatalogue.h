#pragma once

#include "domain/period.h"
#include "domain/profile.h"
#include "domain/resource.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

// A resource id's text as stored, held inline: a hash lookup then compares bytes in the hash
// table's own storage, where a QByteArray key costs a pointer chase (a cache miss) per probe.
// An availability search looks up one per overlapping booking, ten thousand at a time.
struct StoredIdKey final
{
    static constexpr qsizetype Length = 36; // ids::toText: 8-4-4-4-12 hex digits
    std::array<char, Length> text{};

    static std::optional<StoredIdKey> from(QByteArrayView stored);
    friend bool operator==(const StoredIdKey &, const StoredIdKey &) = default;
};

size_t qHash(const StoredIdKey &key, size_t seed = 0) noexcept;

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
        QString name;
        Profile profile{};
        int capacity = 0;
        ResourceDraft pricing; // price and pricing unit only
        // An exhibition session's own slot and hall (sessionslot.h); no slot: not bookable.
        std::optional<Period> slot;
        QString hall;
    };
    // Immutable once loaded.
    struct Snapshot
    {
        QList<Entry> entries;
        QHash<StoredIdKey, int> byId; // the id as stored (the bookings' resource_id) → index in entries
        qint64 longestSlot = 0;       // seconds, over the sessions' slots
    };
    using Entries = std::shared_ptr<const Snapshot>;

    // Sessions' dates and times are read in the shop's time zone.
    explicit ResourceCatalogue(const QTimeZone &zone = QTimeZone::utc()) : m_zone(zone) {}

    Result<Entries> activeResources(const QSqlDatabase &db);

private:
    const QTimeZone m_zone;
    QMutex m_mutex;
    qint64 m_version = -1;
    Entries m_entries;
};
