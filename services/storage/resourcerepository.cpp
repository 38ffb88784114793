#include "storage/resourcerepository.h"

#include "domain/errors.h"
#include "domain/profile.h"
#include "storage/metavalues.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace resourcerepository {
namespace {

const QString Columns = QStringLiteral(
    "id, profile, name, description, attributes, price, currency, pricing_unit, capacity, "
    "status, version, created_at, updated_at");

Result<void> bumpCatalogueVersion(const QSqlDatabase &db)
{
    return SqlQuery(db, QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'resources_version'")).exec();
}

QString attributesText(const Resource &r)
{
    return QString::fromUtf8(QJsonDocument(r.data.attributes).toJson(QJsonDocument::Compact));
}

} // namespace

QString columns()
{
    return Columns;
}

Resource fromRow(const SqlQuery &q)
{
    Resource r;
    r.id = q.uuid(0);
    r.data.profile = profiles::fromKey(q.text(1)).value_or(Profile::Item);
    r.data.name = q.text(2);
    r.data.description = q.text(3);
    r.data.attributes = QJsonDocument::fromJson(q.text(4).toUtf8()).object();
    r.data.price = Money{q.integer(5), q.text(6)};
    r.data.pricingUnit = PricingUnit(q.integer(7));
    r.data.capacity = int(q.integer(8));
    r.status = ResourceStatus(q.integer(9));
    r.version = int(q.integer(10));
    r.createdAt = q.integer(11);
    r.updatedAt = q.integer(12);
    return r;
}

Result<void> insert(const QSqlDatabase &db, const Resource &r)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO resources(") + Columns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(r.id)
        .bind(profiles::key(r.data.profile))
        .bind(r.data.name)
        .bind(r.data.description)
        .bind(attributesText(r))
        .bind(r.data.price.minor)
        .bind(r.data.price.currency)
        .bind(int(r.data.pricingUnit))
        .bind(r.data.capacity)
        .bind(int(r.status))
        .bind(r.version)
        .bind(r.createdAt)
        .bind(r.updatedAt);
    RD_TRY(q.exec());
    return bumpCatalogueVersion(db);
}

Result<void> update(const QSqlDatabase &db, const Resource &r, int expectedVersion)
{
    SqlQuery q(db, QStringLiteral(
                       "UPDATE resources SET name = ?, description = ?, attributes = ?, price = ?, "
                       "currency = ?, pricing_unit = ?, capacity = ?, status = ?, version = ?, "
                       "updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(r.data.name)
        .bind(r.data.description)
        .bind(attributesText(r))
        .bind(r.data.price.minor)
        .bind(r.data.price.currency)
        .bind(int(r.data.pricingUnit))
        .bind(r.data.capacity)
        .bind(int(r.status))
        .bind(r.version)
        .bind(r.updatedAt)
        .bind(r.id)
        .bind(expectedVersion);
    RD_TRY(q.exec());
    if (q.rowsAffected() != 1)
        return errors::versionConflict();
    return bumpCatalogueVersion(db);
}

Result<void> lockForDecision(const QSqlDatabase &db, const QUuid &id)
{
    return sqldialect::lockForWrite(db, "resources", id);
}

Result<std::optional<Resource>> find(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM resources WHERE id = ?"));
    q.bind(id);
    return q.first(fromRow);
}

Result<QList<Resource>> findMany(const QSqlDatabase &db, const QList<QUuid> &ids)
{
    if (ids.isEmpty())
        return QList<Resource>();
    const QString placeholders = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM resources WHERE id IN (")
                       + placeholders + u')');
    for (const QUuid &id : ids)
        q.bind(id);
    return q.collect(fromRow);
}

Result<QList<Resource>> page(const QSqlDatabase &db, int offset, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + Columns
                       + QStringLiteral(" FROM resources ORDER BY name, id LIMIT ? OFFSET ?"));
    q.bind(limit).bind(offset);
    return q.collect(fromRow);
}

Result<qint64> catalogueVersion(const QSqlDatabase &db)
{
    return metavalues::read(db, QStringLiteral("resources_version"));
}

Result<qint64> count(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM resources"));
    RD_TRY(q.exec());
    q.next();
    return q.integer(0);
}

} // namespace resourcerepository
