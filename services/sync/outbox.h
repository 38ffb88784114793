#pragma once

#include "domain/result.h"
#include "sync/synccommand.h"

#include <QList>
#include <QSqlDatabase>

struct CommandContext;

// The counter's commands waiting for the server, kept in the transaction of their local
// effect, so nothing acknowledged to a clerk can be lost before it reaches the server.
namespace outbox {

// Keeps `command` (a new id when it has none) if this device synchronises; otherwise nothing.
Result<void> record(CommandContext &context, SyncCommand command);
// The oldest waiting commands, in the order they were made.
Result<QList<SyncCommand>> oldest(const QSqlDatabase &db, int limit);
Result<void> remove(const QSqlDatabase &db, const QUuid &commandId);
Result<qint64> count(const QSqlDatabase &db);
Result<bool> waitsFor(const QSqlDatabase &db, const QUuid &entityId);

} // namespace outbox
