#include "queries/resourcelistquery.h"

#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace resourcelistquery {
namespace {

// Only fixed SQL text comes from here; every user value is bound.
QString orderBy(const ResourceOrder &order)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString first;
    switch (order.column) {
    case ResourceColumn::Name: return QStringLiteral("name") + direction + QStringLiteral(", id") + direction;
    case ResourceColumn::Profile: first = QStringLiteral("profile"); break;
    case ResourceColumn::Status: first = QStringLiteral("status"); break;
    case ResourceColumn::Capacity: first = QStringLiteral("capacity"); break;
    case ResourceColumn::Price: first = QStringLiteral("price"); break;
    }
    return first + direction + QStringLiteral(", name, id");
}

// LIKE treats % and _ as wildcards: a clerk typing "50%" means the characters.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
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

} // namespace

Result<QList<Resource>> page(const QSqlDatabase &db, const ResourceFilter &filter, const ResourceOrder &order,
                             int offset, int limit)
{
    // One statement per sort order (ten at most, all cached): the filters are written so that
    // an unused one is switched off by its bound flag instead of changing the SQL text.
    SqlQuery q(db, QStringLiteral("SELECT id, profile, name, description, attributes, price, currency, "
                                  "pricing_unit, capacity, status, version, created_at, updated_at "
                                  "FROM resources WHERE "
                                  "(? = '' OR name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\') "
                                  "AND (? = '' OR profile = ?) "
                                  "AND (CASE WHEN ? >= 0 THEN status = ? ELSE (? OR status <> ?) END) "
                                  "ORDER BY ")
                       + orderBy(order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    const QString text = filter.text.trimmed();
    const QString pattern = likePattern(text);
    const QString profile = filter.profile ? profiles::key(*filter.profile) : QString();
    const int status = filter.status ? int(*filter.status) : -1;
    q.bind(text).bind(pattern).bind(pattern);
    q.bind(profile).bind(profile);
    q.bind(status).bind(status).bind(filter.includeRetired ? 1 : 0).bind(int(ResourceStatus::Retired));
    q.bind(limit).bind(offset);
    return q.collect(fromRow);
}

} // namespace resourcelistquery
