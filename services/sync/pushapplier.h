#pragma once

#include "domain/result.h"
#include "sync/synccommand.h"

#include <QSqlDatabase>

struct CommandContext;

// The server's side of a push: each command is carried out at most once. A command id seen
// before gets the answer stored with it; a refused command changes nothing but is answered
// (and remembered) as rejected with its code. A refused hold is kept as a Rejected booking,
// and the row a refused command touched is noted in the change log, so the device that sent
// it pulls the server's truth back.
namespace pushapplier {

Result<SyncAnswer> apply(CommandContext &context, const QString &device, const SyncCommand &command);

// A counter sends its next batch before the one before it is answered, naming that one's last
// command. Two requests may overtake each other on the way, so a batch whose predecessor the
// server has not answered yet is refused whole (push_out_of_order, nothing applied): no
// command is ever carried out before one the counter made earlier.
Result<void> requireAnswered(const QSqlDatabase &db, const QUuid &previousCommand);

} // namespace pushapplier
