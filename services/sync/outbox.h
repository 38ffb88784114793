#pragma once

#include "domain/result.h"
#include "sync/synccommand.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

struct CommandContext;

// The counter's commands waiting for the server, kept in the transaction of their local
// effect, so nothing acknowledged to a clerk can be lost before it reaches the server.
namespace outbox {

// Keeps `command` (a new id when it has none) if this device synchronises; otherwise nothing.
Result<void> record(CommandContext &context, SyncCommand command);
// Waiting commands in the order they were made, and where they end in that order.
struct Batch
{
    QList<SyncCommand> commands;
    qint64 lastSeq = 0; // the outbox position of the last one; the next batch starts after it
};

// The oldest waiting commands made after position `afterSeq` (0: the oldest of all).
Result<Batch> batchAfter(const QSqlDatabase &db, qint64 afterSeq, int limit);
Result<void> remove(const QSqlDatabase &db, const QUuid &commandId);
Result<qint64> count(const QSqlDatabase &db);
// Which of `entityIds` have a command waiting, in one query: `entityIds` is one IN list (a
// few hundred at most; repeats are fine).
Result<QSet<QUuid>> waitingAmong(const QSqlDatabase &db, const QList<QUuid> &entityIds);

} // namespace outbox
