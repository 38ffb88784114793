#include "sync/clientsync.h"

#include "commands/reservationcommands.h"
#include "commands/reservationevents.h"
#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/clock.h"
#include "domain/lifecycle.h"
#include "storage/metavalues.h"
#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"
#include "sync/outbox.h"
#include "sync/pulledpage.h"
#include "sync/rowstore.h"
#include "sync/synccommands.h"

#include <algorithm>

namespace clientsync {
namespace {

const QString CursorKey = QStringLiteral("sync_pull_cursor");
const QString LastSuccessKey = QStringLiteral("sync_last_success");

Result<void> keepConflict(CommandContext &context, const SyncCommand &command, const SyncAnswer &answer)
{
    SqlQuery insert(context.db, QStringLiteral("INSERT INTO sync_conflicts(command_id, kind, entity_id, code, message, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(command_id) DO NOTHING"));
    insert.bind(command.id).bind(command.kind).bind(command.entityId).bind(answer.code).bind(answer.message)
        .bind(context.clock.nowSecs());
    return insert.exec();
}

// A booking the server refused stops holding capacity here at once; the server's own row
// (Rejected as well) follows with the next pull.
Result<void> rejectLocally(CommandContext &context, const QUuid &id, const QString &code)
{
    auto found = reservationrepository::find(context.db, id);
    if (!found)
        return found.error();
    if (!found.value() || !lifecycle::allowed(found.value()->status, ReservationStatus::Rejected))
        return {};
    auto rejected = reservationcommands::reject(context, id, code);
    if (!rejected)
        return rejected.error();
    return {};
}

// The booking's state as this counter learned it, through the event log like every other
// change, so My bookings and the timelines follow.
Result<void> noteSyncedReservation(CommandContext &context, pulledpage::State &state, const std::optional<pulledpage::Seen> &before,
                                   const Reservation &r)
{
    context.changes.reservations.insert(r.id);
    context.changes.resources.insert(r.resourceId);
    state.noteLength(r.period.end - r.period.start);
    if (before == pulledpage::seenOf(r))
        return {};
    auto resource = state.resource(r.resourceId);
    if (!resource)
        return resource.error();
    if (!resource.value())
        return {};
    DomainEvent event = reservationevents::held(r, *resource.value());
    event.type = events::ReservationSynced;
    auto appended = context.events.append(context, event);
    if (!appended)
        return appended.error();
    return {};
}

Result<void> applyReservation(CommandContext &context, pulledpage::State &state, const QString &table,
                              const changelog::Change &change)
{
    auto before = state.seen(change.id);
    if (!before)
        return before.error();
    RD_TRY(rowstore::upsert(context.db, table, change.row));
    std::optional<Reservation> after = pulledpage::asStored(change.id, change.row);
    if (!after) {
        const QUuid written = pulledpage::idOf(change.row);
        if (written != change.id)
            state.forgetSeen(written);
        auto stored = reservationrepository::find(context.db, change.id);
        if (!stored)
            return stored.error();
        after = stored.value();
    }
    state.setSeen(change.id, pulledpage::seenOf(after));
    if (!after)
        return {};
    return noteSyncedReservation(context, state, before.value(), *after);
}

Result<void> applyRow(CommandContext &context, pulledpage::State &state, const changelog::Change &change)
{
    const QString table = changelog::tableOf(change.entity);
    if (table.isEmpty() || change.row.isEmpty() || state.waits(change.id))
        return {};
    if (change.entity == QLatin1String("reservation"))
        return applyReservation(context, state, table, change);
    RD_TRY(rowstore::upsert(context.db, table, change.row));
    if (change.entity == QLatin1String("resource")) {
        state.forgetResource(change.id);
        state.forgetResource(pulledpage::idOf(change.row));
        context.changes.resources.insert(change.id);
        return SqlQuery(context.db, QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'resources_version'")).exec();
    }
    if (change.entity == QLatin1String("customer"))
        context.changes.customers.insert(change.id);
    else
        context.changes.payments.insert(change.id);
    return {};
}

} // namespace

Result<int> applyAnswers(CommandContext &context, const QList<SyncCommand> &sent, const QList<SyncAnswer> &answers)
{
    int refused = 0;
    for (const SyncAnswer &answer : answers) {
        auto command = std::find_if(sent.cbegin(), sent.cend(), [&](const SyncCommand &c) { return c.id == answer.id; });
        if (command == sent.cend())
            continue; // not ours: a confused server; the command stays and is sent again
        RD_TRY(outbox::remove(context.db, command->id));
        if (answer.applied)
            continue;
        ++refused;
        RD_TRY(keepConflict(context, *command, answer));
        if (command->kind == synccommands::Hold)
            RD_TRY(rejectLocally(context, command->entityId, answer.code));
    }
    RD_TRY(metavalues::write(context.db, LastSuccessKey, context.clock.nowSecs()));
    return refused;
}

Result<void> applyPull(CommandContext &context, const changelog::Page &page)
{
    pulledpage::State state(context.db);
    RD_TRY(state.readFor(page));
    for (const changelog::Change &change : page.changes)
        RD_TRY(applyRow(context, state, change));
    if (const auto longest = state.longest())
        RD_TRY(reservationrepository::noteLongest(context.db, *longest));
    RD_TRY(metavalues::write(context.db, CursorKey, page.cursor));
    return metavalues::write(context.db, LastSuccessKey, context.clock.nowSecs());
}

Result<qint64> cursor(const QSqlDatabase &db)
{
    return metavalues::read(db, CursorKey);
}

Result<QList<Conflict>> conflicts(const QSqlDatabase &db, int limit)
{
    SqlQuery select(db, QStringLiteral("SELECT command_id, kind, entity_id, code, message, created_at FROM sync_conflicts "
                                       "WHERE resolved_at = 0 ORDER BY created_at DESC LIMIT ?"));
    select.bind(limit);
    return select.collect([](const SqlQuery &q) {
        return Conflict{q.uuid(0), q.text(1), q.uuid(2), q.text(3), q.text(4), q.integer(5)};
    });
}

Result<qint64> conflictCount(const QSqlDatabase &db)
{
    SqlQuery select(db, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at = 0"));
    auto value = select.first([](const SqlQuery &q) { return q.integer(0); });
    if (!value)
        return value.error();
    return value->value_or(0);
}

Result<void> resolveConflict(CommandContext &context, const QUuid &commandId)
{
    SqlQuery update(context.db, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE command_id = ? AND resolved_at = 0"));
    update.bind(context.clock.nowSecs()).bind(commandId);
    return update.exec();
}

} // namespace clientsync
