#include "core/eventlog.h"

#include "core/commandcontext.h"
#include "core/eventhandler.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

Result<qint64> EventLog::append(CommandContext &context, DomainEvent event)
{
    if (event.id.isNull())
        event.id = ids::newId();
    if (event.occurredAt == 0)
        event.occurredAt = context.clock.nowSecs();
    SqlQuery insert(context.db,
                    QStringLiteral("INSERT INTO events(id, type, aggregate_id, payload, occurred_at) "
                                   "VALUES (?, ?, ?, ?, ?)"));
    insert.bind(event.id)
        .bind(event.type)
        .bind(event.aggregateId)
        .bindUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact))
        .bind(event.occurredAt);
    RD_TRY(insert.exec());
    event.seq = insert.lastInsertId();
    context.changes.lastEventSeq = event.seq;
    for (EventHandler *handler : std::as_const(m_handlers))
        RD_TRY(handler->handle(context, event));
    return event.seq;
}

Result<QList<DomainEvent>> EventLog::read(const QSqlDatabase &db, qint64 afterSeq, int limit)
{
    SqlQuery query(db, QStringLiteral("SELECT seq, id, type, aggregate_id, payload, occurred_at "
                                      "FROM events WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.bind(afterSeq).bind(limit);
    RD_TRY(query.exec());
    QList<DomainEvent> list;
    while (query.next()) {
        DomainEvent event;
        event.seq = query.integer(0);
        event.id = query.uuid(1);
        event.type = query.text(2);
        event.aggregateId = query.uuid(3);
        event.payload = QJsonDocument::fromJson(query.text(4).toUtf8()).object();
        event.occurredAt = query.integer(5);
        list.append(std::move(event));
    }
    return list;
}
