#include "queries/resourcecatalogue.h"

#include "domain/sessionslot.h"
#include "storage/resourcerepository.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<StoredIdKey> StoredIdKey::from(QByteArrayView stored)
{
    if (stored.size() != Length)
        return std::nullopt;
    StoredIdKey key;
    std::copy(stored.begin(), stored.end(), key.text.begin());
    return key;
}

size_t qHash(const StoredIdKey &key, size_t seed) noexcept
{
    return qHashBits(key.text.data(), size_t(key.text.size()), seed);
}

namespace {

// Only sessions' attributes are read: parsing every car's JSON would cost more than the rest.
Result<ResourceCatalogue::Entries> load(const QSqlDatabase &db, const QTimeZone &zone)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, profile, capacity, price, currency, pricing_unit, "
                                  "CASE WHEN profile = 'exhibition' THEN attributes END "
                                  "FROM resources WHERE status = 0 ORDER BY name, id"));
    RD_TRY(q.exec());
    auto snapshot = std::make_shared<ResourceCatalogue::Snapshot>();
    QList<ResourceCatalogue::Entry> &entries = snapshot->entries;
    while (q.next()) {
        ResourceCatalogue::Entry e;
        const QString storedId = q.text(0);
        e.id = QUuid::fromString(storedId);
        if (const auto key = StoredIdKey::from(storedId.toLatin1()))
            snapshot->byId.insert(*key, int(entries.size()));
        e.name = q.text(1);
        e.profile = profiles::fromKey(q.text(2)).value_or(Profile::Item);
        e.capacity = int(q.integer(3));
        e.pricing.price = Money{q.integer(4), q.text(5)};
        e.pricing.pricingUnit = PricingUnit(q.integer(6));
        if (e.profile == Profile::Exhibition) {
            const QJsonObject attributes = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
            e.slot = sessionslot::of(attributes, zone);
            e.hall = attributes.value(QStringLiteral("hall")).toString();
            if (e.slot)
                snapshot->longestSlot = std::max(snapshot->longestSlot, e.slot->seconds());
        }
        entries.append(std::move(e));
    }
    return ResourceCatalogue::Entries(std::move(snapshot));
}

} // namespace

Result<ResourceCatalogue::Entries> ResourceCatalogue::activeResources(const QSqlDatabase &db)
{
    auto version = resourcerepository::catalogueVersion(db);
    if (!version)
        return version.error();
    QMutexLocker lock(&m_mutex);
    if (m_entries && m_version == version.value())
        return m_entries;
    lock.unlock(); // load without blocking the other readers
    auto loaded = load(db, m_zone);
    if (!loaded)
        return loaded.error();
    lock.relock();
    m_version = version.value();
    m_entries = loaded.value();
    return m_entries;
}
