#include "queries/resourcenowquery.h"

#include "storage/sqlquery.h"

namespace resourcenowquery {
namespace {

// Ids go in fixed-size groups, the last one padded, so that one statement text serves every
// page (statements are cached per text).
constexpr int GroupSize = 50;

QString statement()
{
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < GroupSize; ++i)
        placeholders += QStringLiteral(", ?");
    // 0 held, 1 confirmed, 2 in use. What is out stays out past its end (overdue). The unary
    // plus keeps SQLite off the index by status, which it would otherwise combine for the OR
    // and scan a million bookings; the index by resource reads a hundred per resource.
    return QStringLiteral(
               "SELECT resource_id, "
               "SUM(CASE WHEN status = 2 THEN quantity ELSE 0 END), "
               "MIN(CASE WHEN status = 2 THEN end_at END), "
               "SUM(CASE WHEN status IN (0, 1) AND start_at <= ? THEN quantity ELSE 0 END), "
               "MIN(CASE WHEN status IN (0, 1) AND start_at > ? THEN start_at END) "
               "FROM reservations WHERE resource_id IN (%1) "
               "AND (+status = 2 OR (+status IN (0, 1) AND end_at > ?)) GROUP BY resource_id")
        .arg(placeholders);
}

} // namespace

Result<QHash<QUuid, ResourceNow>> of(const QSqlDatabase &db, const QList<QUuid> &ids, qint64 nowSecs)
{
    static const QString sql = statement();
    QHash<QUuid, ResourceNow> states;
    for (qsizetype first = 0; first < ids.size(); first += GroupSize) {
        SqlQuery q(db, sql);
        q.bind(nowSecs).bind(nowSecs);
        for (qsizetype i = first; i < first + GroupSize; ++i)
            q.bind(i < ids.size() ? ids.at(i) : QUuid()); // the null id matches no booking
        q.bind(nowSecs);
        RD_TRY(q.exec());
        while (q.next()) {
            ResourceNow state;
            state.out = int(q.integer(1));
            state.backAt = q.value(2).isNull() ? 0 : q.integer(2);
            state.due = int(q.integer(3));
            state.nextStart = q.value(4).isNull() ? 0 : q.integer(4);
            states.insert(q.uuid(0), state);
        }
    }
    return states;
}

Result<QList<ResourceRow>> page(const QSqlDatabase &db, const ResourceFilter &filter, const ResourceOrder &order,
                                int offset, int limit, qint64 nowSecs)
{
    auto resources = resourcelistquery::page(db, filter, order, offset, limit);
    if (!resources)
        return resources.error();
    QList<QUuid> ids;
    for (const Resource &r : resources.value())
        ids.append(r.id);
    auto states = of(db, ids, nowSecs);
    if (!states)
        return states.error();
    QList<ResourceRow> rows;
    rows.reserve(resources->size());
    for (const Resource &r : resources.value())
        rows.append(ResourceRow{r, states->value(r.id)});
    return rows;
}

} // namespace resourcenowquery
