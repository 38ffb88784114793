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
        .bindUtf8(QJsonDocument(command.payload).toJson(QJsonDocument::Compact))
        .bind(context.clock.nowSecs());
    return insert.exec();
}

Result<Batch> batchAfter(const QSqlDatabase &db, qint64 afterSeq, int limit)
{
    SqlQuery select(db, QStringLiteral("SELECT command_id, kind, entity_id, payload, created_at, seq FROM outbox "
                                       "WHERE seq > ? ORDER BY seq LIMIT ?"));
    select.bind(afterSeq).bind(limit);
    RD_TRY(select.exec());
    Batch batch;
    while (select.next()) {
        batch.commands.append(SyncCommand{select.uuid(0), select.text(1), select.uuid(2),
                                          QJsonDocument::fromJson(select.text(3).toUtf8()).object(), select.integer(4)});
        batch.lastSeq = select.integer(5);
    }
    return batch;
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
