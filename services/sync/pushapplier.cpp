#include "sync/pushapplier.h"

#include "commands/reservationcommands.h"
#include "core/commandcontext.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "storage/sqlquery.h"
#include "sync/synccommands.h"
#include "sync/syncwire.h"

#include <QJsonDocument>

namespace pushapplier {
namespace {

Result<std::optional<SyncAnswer>> storedAnswer(const QSqlDatabase &db, const QUuid &commandId)
{
    SqlQuery select(db, QStringLiteral("SELECT answer FROM applied_commands WHERE command_id = ?"));
    select.bind(commandId);
    return select.first([](const SqlQuery &q) {
        return syncwire::answerFromJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object());
    });
}

Result<void> remember(CommandContext &context, const QString &device, const SyncAnswer &answer)
{
    SqlQuery insert(context.db, QStringLiteral("INSERT INTO applied_commands(command_id, device, answer, applied_at) "
                                               "VALUES (?, ?, ?, ?)"));
    insert.bind(answer.id)
        .bind(device)
        .bindUtf8(QJsonDocument(syncwire::toJson(answer)).toJson(QJsonDocument::Compact))
        .bind(context.clock.nowSecs());
    return insert.exec();
}

Result<void> exec(CommandContext &context, const QString &sql)
{
    return SqlQuery(context.db, sql).exec();
}

// What a refused command leaves behind so that every counter learns the truth.
Result<void> afterRefusal(CommandContext &context, const SyncCommand &command, const Error &error)
{
    if (command.kind == synccommands::Hold)
        RD_TRY(reservationcommands::recordRefusedHold(context, synccommands::holdRequest(command), error.code));
    if (command.kind.startsWith(QLatin1String("reservation.")) || command.kind.startsWith(QLatin1String("payment.")))
        context.changes.reservations.insert(command.entityId);
    else if (command.kind.startsWith(QLatin1String("customer.")))
        context.changes.customers.insert(command.entityId);
    else if (command.kind.startsWith(QLatin1String("resource.")))
        context.changes.resources.insert(command.entityId);
    return {};
}

} // namespace

Result<SyncAnswer> apply(CommandContext &context, const QString &device, const SyncCommand &command)
{
    auto seen = storedAnswer(context.db, command.id);
    if (!seen)
        return seen.error();
    if (seen.value())
        return *seen.value();

    // A savepoint, so a command refused halfway leaves nothing of itself, while the answer
    // and the other commands of the batch stay in the transaction.
    context.remoteDevice = device;
    RD_TRY(exec(context, QStringLiteral("SAVEPOINT sync_command")));
    // The command's own changes apart from the batch's, so a refusal drops only its own (and
    // no command copies everything the batch changed before it).
    ChangeSet batch = std::exchange(context.changes, ChangeSet());
    Result<void> applied = synccommands::apply(context, command);
    SyncAnswer answer{command.id, applied.ok(), {}, {}};
    if (!applied && applied.error().code == QLatin1String("storage_error")) {
        // Not an answer about the command: the whole push fails and is sent again.
        exec(context, QStringLiteral("ROLLBACK TO sync_command")).ok();
        return applied.error();
    }
    if (!applied) {
        RD_TRY(exec(context, QStringLiteral("ROLLBACK TO sync_command")));
        context.changes = ChangeSet();
        answer.code = applied.error().code;
        answer.message = applied.error().message;
        RD_TRY(afterRefusal(context, command, applied.error()));
    }
    RD_TRY(exec(context, QStringLiteral("RELEASE sync_command")));
    batch.unite(context.changes);
    context.changes = std::move(batch);
    RD_TRY(remember(context, device, answer));
    return answer;
}

Result<void> requireAnswered(const QSqlDatabase &db, const QUuid &previousCommand)
{
    auto answered = storedAnswer(db, previousCommand);
    if (!answered)
        return answered.error();
    if (!answered.value())
        return errors::pushOutOfOrder();
    return {};
}

} // namespace pushapplier
