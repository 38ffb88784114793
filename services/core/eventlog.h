#pragma once

#include "domain/domainevent.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>

struct CommandContext;
class EventHandler;

// The append-only log of domain events. Appending runs every registered handler (policies,
// projections) in the same transaction, in registration order.
class EventLog final
{
public:
    void addHandler(EventHandler *handler) { m_handlers.append(handler); }

    // Stores the event (id and time filled in when empty), then lets the handlers react.
    Result<qint64> append(CommandContext &context, DomainEvent event);

    // Events after `afterSeq` in log order, at most `limit`.
    static Result<QList<DomainEvent>> read(const QSqlDatabase &db, qint64 afterSeq, int limit);

private:
    QList<EventHandler *> m_handlers;
};
