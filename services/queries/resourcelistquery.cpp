#include "queries/resourcelistquery.h"

#include "storage/liketext.h"
#include "storage/resourcerepository.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"


namespace resourcelistquery {
namespace {

// Only fixed SQL text comes from here; every user value is bound. Sessions of one exhibition
// share its name: they follow each other by date and time.
QString orderBy(const QSqlDatabase &db, const ResourceOrder &order)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString first;
    switch (order.column) {
    case ResourceColumn::Name:
        return QStringLiteral("name") + direction + u',' + sqldialect::jsonText(db, "attributes", "date") + direction + u','
               + sqldialect::jsonText(db, "attributes", "time") + direction + QStringLiteral(", id") + direction;
    case ResourceColumn::Profile: first = QStringLiteral("profile"); break;
    case ResourceColumn::Status: first = QStringLiteral("status"); break;
    case ResourceColumn::Capacity: first = QStringLiteral("capacity"); break;
    case ResourceColumn::Price: first = QStringLiteral("price"); break;
    }
    return first + direction + QStringLiteral(", name, id");
}

} // namespace

Result<QList<Resource>> page(const QSqlDatabase &db, const ResourceFilter &filter, const ResourceOrder &order,
                             int offset, int limit)
{
    // One statement per sort order (ten at most, all cached): the filters are written so that
    // an unused one is switched off by its bound flag instead of changing the SQL text.
    SqlQuery q(db, QStringLiteral("SELECT ") + resourcerepository::columns()
                       + QStringLiteral(" FROM resources WHERE "
                                  "(? = '' OR name %1 ? ESCAPE '\\' OR description %1 ? ESCAPE '\\') "
                                  "AND (? = '' OR profile = ?) "
                                  "AND (CASE WHEN ? >= 0 THEN status = ? ELSE (? = 1 OR status <> ?) END) "
                                  "ORDER BY ").arg(sqldialect::likeOperator(db))
                       + orderBy(db, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    const QString text = filter.text.trimmed();
    const QString pattern = liketext::containing(text);
    const QString profile = filter.profile ? profiles::key(*filter.profile) : QString();
    const int status = filter.status ? int(*filter.status) : -1;
    q.bind(text).bind(pattern).bind(pattern);
    q.bind(profile).bind(profile);
    q.bind(status).bind(status).bind(filter.includeRetired ? 1 : 0).bind(int(ResourceStatus::Retired));
    q.bind(limit).bind(offset);
    return q.collect(resourcerepository::fromRow);
}

} // namespace resourcelistquery
