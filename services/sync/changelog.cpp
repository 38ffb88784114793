#include "sync/changelog.h"

#include "core/commandcontext.h"
#include "domain/ids.h"
#include "storage/inlists.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace changelog {
namespace {

Result<void> append(CommandContext &context, const QString &entity, const QSet<QUuid> &ids)
{
    for (const QUuid &id : ids) {
        SqlQuery insert(context.db, QStringLiteral("INSERT INTO change_log(entity, entity_id) VALUES (?, ?)"));
        insert.bind(entity).bind(id);
        RD_TRY(insert.exec());
    }
    return {};
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

// The current row of `select` as JSON (column → value).
QJsonObject objectOf(const SqlQuery &select, const QStringList &columns)
{
    QJsonObject object;
    for (int i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), jsonOf(select.value(i)));
    return object;
}

// The rows of `table` with these ids, keyed by their id as stored: a page's rows of one
// entity in a few statements instead of one per change. Ids without a row are left out.
Result<QHash<QString, QJsonObject>> rowsOf(const QSqlDatabase &db, const QString &table, const QSet<QUuid> &ids)
{
    QHash<QString, QJsonObject> rows;
    if (table.isEmpty())
        return rows;
    for (const QList<QUuid> &list : inlists::of(ids)) {
        SqlQuery select(db, QStringLiteral("SELECT * FROM %1 WHERE id IN (%2)").arg(table, inlists::placeholders(list.size())));
        for (const QUuid &id : list)
            select.bind(id);
        RD_TRY(select.exec());
        QStringList columns;
        qsizetype idColumn = -1;
        while (select.next()) {
            if (columns.isEmpty()) {
                columns = select.columnNames(); // once per statement, not per row
                idColumn = columns.indexOf(QStringLiteral("id"));
            }
            rows.insert(select.text(int(idColumn)), objectOf(select, columns));
        }
    }
    return rows;
}

} // namespace

const QStringList &entities()
{
    static const QStringList list{QStringLiteral("resource"), QStringLiteral("customer"),
                                  QStringLiteral("reservation"), QStringLiteral("payment")};
    return list;
}

QString tableOf(const QString &entity)
{
    return entities().contains(entity) ? entity + QLatin1Char('s') : QString();
}

Result<void> record(CommandContext &context)
{
    const ChangeSet &c = context.changes;
    RD_TRY(append(context, QStringLiteral("resource"), c.resources));
    RD_TRY(append(context, QStringLiteral("customer"), c.customers));
    RD_TRY(append(context, QStringLiteral("reservation"), c.reservations));
    return append(context, QStringLiteral("payment"), c.payments);
}

Result<std::optional<QJsonObject>> row(const QSqlDatabase &db, const QString &entity, const QUuid &id)
{
    const QString table = tableOf(entity);
    if (table.isEmpty())
        return std::optional<QJsonObject>();
    SqlQuery select(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    select.bind(id);
    RD_TRY(select.exec());
    if (!select.next())
        return std::optional<QJsonObject>();
    return std::optional(objectOf(select, select.columnNames()));
}

Result<Page> read(const QSqlDatabase &db, qint64 after, int limit)
{
    SqlQuery entries(db, QStringLiteral("SELECT seq, entity, entity_id FROM change_log "
                                        "WHERE seq > ? ORDER BY seq LIMIT ?"));
    entries.bind(after).bind(limit + 1);
    RD_TRY(entries.exec());
    Page page;
    page.cursor = after;
    QSet<QUuid> sent; // a row changed twice in one page goes once: its state is the latest anyway
    QHash<QString, QSet<QUuid>> idsByEntity;
    int count = 0;
    while (entries.next()) {
        if (++count > limit) {
            page.more = true;
            break;
        }
        Change change{entries.integer(0), entries.text(1), entries.uuid(2), {}};
        page.cursor = change.seq;
        if (sent.contains(change.id))
            continue;
        sent.insert(change.id);
        idsByEntity[change.entity].insert(change.id);
        page.changes.append(std::move(change));
    }
    QHash<QString, QHash<QString, QJsonObject>> rowsByEntity;
    for (auto entity = idsByEntity.cbegin(); entity != idsByEntity.cend(); ++entity) {
        auto rows = rowsOf(db, tableOf(entity.key()), entity.value());
        if (!rows)
            return rows.error();
        rowsByEntity.insert(entity.key(), std::move(rows.value()));
    }
    for (Change &change : page.changes) // a row no longer there goes as an empty object
        change.row = rowsByEntity.value(change.entity).value(ids::toText(change.id));
    page.latest = page.cursor;
    if (page.more) {
        SqlQuery newest(db, QStringLiteral("SELECT MAX(seq) FROM change_log"));
        auto latest = newest.first([](const SqlQuery &q) { return q.integer(0); });
        if (!latest)
            return latest.error();
        page.latest = std::max(page.cursor, latest->value_or(0));
    }
    return page;
}

} // namespace changelog
