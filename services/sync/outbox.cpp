#include "sync/outbox.h"

#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace outbox {

Result<void> record(CommandContext &context, SyncCommand command)
{
    if (!context.settings.syncClient || context.remote)
        return {};
    if (command.id.isNull())
        command.id = ids::newId();
    SqlQuery insert(context.db, QStringLiteral("INSERT INTO outbox(command_id, kind, entity_id, payload, created_at) "
                                               "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(command.id)
        .bind(command.kind)
        .bind(command.entityId)
        .bind(QString::fromUtf8(QJsonDocument(command.payload).toJson(QJsonDocument::Compact)))
        .bind(context.clock.nowSecs());
    return insert.exec();
}

Result<QList<SyncCommand>> oldest(const QSqlDatabase &db, int limit)
{
    SqlQuery select(db, QStringLiteral("SELECT command_id, kind, entity_id, payload, created_at FROM outbox "
                                       "ORDER BY seq LIMIT ?"));
    select.bind(limit);
    return select.collect([](const SqlQuery &q) {
        return SyncCommand{q.uuid(0), q.text(1), q.uuid(2),
                           QJsonDocument::fromJson(q.text(3).toUtf8()).object(), q.integer(4)};
    });
}

Result<void> remove(const QSqlDatabase &db, const QUuid &commandId)
{
    SqlQuery del(db, QStringLiteral("DELETE FROM outbox WHERE command_id = ?"));
    del.bind(commandId);
    return del.exec();
}

Result<qint64> count(const QSqlDatabase &db)
{
    SqlQuery select(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
    auto value = select.first([](const SqlQuery &q) { return q.integer(0); });
    if (!value)
        return value.error();
    return value->value_or(0);
}

Result<QSet<QUuid>> waitingAmong(const QSqlDatabase &db, const QList<QUuid> &entityIds)
{
    QSet<QUuid> waiting;
    if (entityIds.isEmpty())
        return waiting;
    const QString placeholders = QStringList(entityIds.size(), QStringLiteral("?")).join(QLatin1Char(','));
    SqlQuery select(db, QStringLiteral("SELECT DISTINCT entity_id FROM outbox WHERE entity_id IN (") + placeholders
                            + u')');
    for (const QUuid &id : entityIds)
        select.bind(id);
    RD_TRY(select.exec());
    while (select.next())
        waiting.insert(select.uuid(0));
    return waiting;
}

} // namespace outbox
