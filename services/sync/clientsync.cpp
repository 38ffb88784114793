#include "sync/clientsync.h"

#include "commands/reservationcommands.h"
#include "commands/reservationevents.h"
#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "storage/metavalues.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "storage/sqlquery.h"
#include "sync/outbox.h"
#include "sync/rowstore.h"
#include "sync/synccommands.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>

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

// What a pulled booking row is compared with: My bookings hears of it only when one of
// these changed.
struct Seen
{
    ReservationStatus status;
    PaymentStatus paymentStatus;

    bool operator==(const Seen &other) const = default;
};

std::optional<Seen> seenOf(const std::optional<Reservation> &r)
{
    return r ? std::optional(Seen{r->status, r->paymentStatus}) : std::nullopt;
}

// IN lists of at most 500 ids, each filled up to one of a few fixed lengths by repeating its
// last id: the statement cache then holds three statements per query, not one per length.
QList<QList<QUuid>> inLists(const QSet<QUuid> &ids)
{
    static constexpr qsizetype Lengths[] = {16, 128, 500};
    constexpr qsizetype Longest = Lengths[std::size(Lengths) - 1];
    const QList<QUuid> all = ids.values();
    QList<QList<QUuid>> lists;
    for (qsizetype from = 0; from < all.size(); from += Longest) {
        QList<QUuid> list = all.mid(from, Longest);
        const qsizetype length = *std::find_if(std::begin(Lengths), std::end(Lengths),
                                               [&list](qsizetype l) { return l >= list.size(); });
        while (list.size() < length)
            list.append(list.constLast());
        lists.append(std::move(list));
    }
    return lists;
}

// The `id` a pulled row names (it should be the change's own).
QUuid idOf(const QJsonObject &row)
{
    return ids::fromText(row.value(QLatin1StringView("id")).toString());
}

// The booking exactly as the upsert has just stored it, when the row holds every column
// reservationrepository::fromRow reads, each of the JSON type rowstore writes unchanged;
// nullopt when only reading it back can tell.
std::optional<Reservation> asStored(const QUuid &id, const QJsonObject &row)
{
    bool complete = true;
    const auto text = [&](const char *key) {
        const QJsonValue value = row.value(QLatin1StringView(key));
        complete = complete && value.isString();
        return value.toString();
    };
    const auto integer = [&](const char *key) -> qint64 {
        const QJsonValue value = row.value(QLatin1StringView(key));
        const double number = value.toDouble();
        // rowstore stores a whole number as an integer; anything else is left to the read.
        if (!value.isDouble() || !(std::abs(number) < 9.0e18) || double(qint64(number)) != number) {
            complete = false;
            return 0;
        }
        return qint64(number);
    };
    Reservation r;
    const QString storedId = text("id");
    r.id = id;
    r.resourceId = ids::fromText(text("resource_id"));
    r.customerId = ids::fromText(text("customer_id"));
    r.quantity = int(integer("quantity"));
    r.period = Period{integer("start_at"), integer("end_at")};
    r.amount = Money{integer("amount"), text("currency")};
    r.status = ReservationStatus(integer("status"));
    r.paymentStatus = PaymentStatus(integer("payment_status"));
    r.holdExpiresAt = integer("hold_expires_at");
    r.originDevice = text("origin_device");
    r.version = int(integer("version"));
    r.createdAt = integer("created_at");
    r.updatedAt = integer("updated_at");
    // Another spelling of the id is another row: find(id) would not see it.
    if (!complete || storedId != ids::toText(id))
        return std::nullopt;
    return r;
}

// What the rows of one page need to know about this database, read in a few queries for the
// whole page instead of several per row, and kept up to date as the page's rows are written
// (a row may come twice, a resource may change before its bookings). Nothing else writes
// bookings meanwhile: the policies do not react to ReservationSynced, and the outbox does not
// change during a pull.
class PageState final
{
public:
    explicit PageState(const QSqlDatabase &db) : m_db(db) {}

    Result<void> readFor(const changelog::Page &page)
    {
        QSet<QUuid> candidates;
        for (const changelog::Change &change : page.changes) {
            if (!change.row.isEmpty() && !changelog::tableOf(change.entity).isEmpty())
                candidates.insert(change.id);
        }
        for (const QList<QUuid> &list : inLists(candidates)) {
            auto waiting = outbox::waitingAmong(m_db, list);
            if (!waiting)
                return waiting.error();
            m_waiting.unite(waiting.value());
        }
        QSet<QUuid> bookings;
        QSet<QUuid> resources;
        for (const changelog::Change &change : page.changes) {
            if (change.entity != QLatin1String("reservation") || change.row.isEmpty() || waits(change.id))
                continue;
            bookings.insert(change.id);
            const QUuid resourceId = ids::fromText(change.row.value(QLatin1StringView("resource_id")).toString());
            if (!resourceId.isNull())
                resources.insert(resourceId);
        }
        for (const QUuid &id : std::as_const(bookings))
            m_seen.insert(id, std::nullopt);
        for (const QList<QUuid> &list : inLists(bookings)) {
            auto stored = reservationrepository::findMany(m_db, list);
            if (!stored)
                return stored.error();
            for (const Reservation &r : stored.value())
                m_seen.insert(r.id, seenOf(r));
        }
        for (const QUuid &id : std::as_const(resources))
            m_resources.insert(id, std::nullopt);
        for (const QList<QUuid> &list : inLists(resources)) {
            auto stored = resourcerepository::findMany(m_db, list);
            if (!stored)
                return stored.error();
            for (const Resource &r : stored.value())
                m_resources.insert(r.id, r);
        }
        return {};
    }

    bool waits(const QUuid &id) const { return m_waiting.contains(id); }

    Result<std::optional<Seen>> seen(const QUuid &id)
    {
        auto known = m_seen.constFind(id);
        if (known != m_seen.constEnd())
            return *known;
        auto stored = reservationrepository::find(m_db, id);
        if (!stored)
            return stored.error();
        return seenOf(stored.value());
    }
    void setSeen(const QUuid &id, std::optional<Seen> seen) { m_seen.insert(id, seen); }
    void forgetSeen(const QUuid &id) { m_seen.remove(id); }

    Result<std::optional<Resource>> resource(const QUuid &id)
    {
        auto known = m_resources.constFind(id);
        if (known != m_resources.constEnd())
            return *known;
        auto stored = resourcerepository::find(m_db, id);
        if (stored)
            m_resources.insert(id, stored.value());
        return stored;
    }
    void forgetResource(const QUuid &id) { m_resources.remove(id); }

    // The longest booking the page wrote, noted once for the page (see noteLongest).
    void noteLength(qint64 seconds) { m_longest = std::max(m_longest.value_or(seconds), seconds); }
    std::optional<qint64> longest() const { return m_longest; }

private:
    QSqlDatabase m_db;
    QSet<QUuid> m_waiting;
    QHash<QUuid, std::optional<Seen>> m_seen;             // nullopt: no such booking; absent: not read
    QHash<QUuid, std::optional<Resource>> m_resources;    // the same for resources
    std::optional<qint64> m_longest;
};

// The booking's state as this counter learned it, through the event log like every other
// change, so My bookings and the timelines follow.
Result<void> noteSyncedReservation(CommandContext &context, PageState &state, const std::optional<Seen> &before,
                                   const Reservation &r)
{
    context.changes.reservations.insert(r.id);
    context.changes.resources.insert(r.resourceId);
    state.noteLength(r.period.end - r.period.start);
    if (before == seenOf(r))
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

Result<void> applyReservation(CommandContext &context, PageState &state, const QString &table,
                              const changelog::Change &change)
{
    auto before = state.seen(change.id);
    if (!before)
        return before.error();
    RD_TRY(rowstore::upsert(context.db, table, change.row));
    std::optional<Reservation> after = asStored(change.id, change.row);
    if (!after) {
        const QUuid written = idOf(change.row);
        if (written != change.id)
            state.forgetSeen(written);
        auto stored = reservationrepository::find(context.db, change.id);
        if (!stored)
            return stored.error();
        after = stored.value();
    }
    state.setSeen(change.id, seenOf(after));
    if (!after)
        return {};
    return noteSyncedReservation(context, state, before.value(), *after);
}

Result<void> applyRow(CommandContext &context, PageState &state, const changelog::Change &change)
{
    const QString table = changelog::tableOf(change.entity);
    if (table.isEmpty() || change.row.isEmpty() || state.waits(change.id))
        return {};
    if (change.entity == QLatin1String("reservation"))
        return applyReservation(context, state, table, change);
    RD_TRY(rowstore::upsert(context.db, table, change.row));
    if (change.entity == QLatin1String("resource")) {
        state.forgetResource(change.id);
        state.forgetResource(idOf(change.row));
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
    PageState state(context.db);
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
