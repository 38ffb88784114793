#include "sync/changelog.h"

#include "core/commandcontext.h"
#include "domain/ids.h"
#include "storage/sqlquery.h"

#include <QSet>
#include <QSqlRecord>

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
    const QSqlRecord record = select.raw().record();
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i)
        object.insert(record.fieldName(i), jsonOf(select.value(i)));
    return std::optional(object);
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
        page.changes.append(std::move(change));
    }
    for (Change &change : page.changes) {
        auto current = row(db, change.entity, change.id);
        if (!current)
            return current.error();
        change.row = current->value_or(QJsonObject());
    }
    return page;
}

} // namespace changelog
