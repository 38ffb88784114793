#pragma once

#include "domain/result.h"
#include "sync/changelog.h"
#include "sync/synccommand.h"

#include <QList>

struct CommandContext;

// The counter's side of a sync, each step one command on the service thread (one
// transaction): what the server answered to a push, and what a pull brought.
namespace clientsync {

// Drops answered commands from the outbox. A refused one becomes a conflict for staff to
// see; a refused booking is Rejected here at once (capacity released, the customer told).
// Returns how many were refused.
Result<int> applyAnswers(CommandContext &context, const QList<SyncCommand> &sent,
                         const QList<SyncAnswer> &answers);
// Writes the pulled rows and the new cursor. A row whose own change still waits in the
// outbox is left alone: it comes again once the server has applied that change.
Result<void> applyPull(CommandContext &context, const changelog::Page &page);

Result<qint64> cursor(const QSqlDatabase &db);

struct Conflict
{
    QUuid commandId;
    QString kind;
    QUuid entityId;
    QString code;
    QString message;
    qint64 createdAt = 0;
};
Result<QList<Conflict>> conflicts(const QSqlDatabase &db, int limit);
Result<qint64> conflictCount(const QSqlDatabase &db);
// Staff have dealt with it (rebooked, told the customer): it leaves the list.
Result<void> resolveConflict(CommandContext &context, const QUuid &commandId);

} // namespace clientsync
