#include "storage/migrations.h"

#include "domain/errors.h"
#include "storage/logging.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>

namespace migrations {
namespace {

struct Migration
{
    int version;
    const char *description;
    QList<const char *> statements;
};

// Append only: never edit a migration that has shipped, add a new one.
const QList<Migration> &all()
{
    static const QList<Migration> list{
        {1, "core tables",
         {R"(CREATE TABLE resources (
                id TEXT PRIMARY KEY NOT NULL,
                profile TEXT NOT NULL,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                attributes TEXT NOT NULL DEFAULT '{}',
                price INTEGER NOT NULL CHECK (price >= 0),
                currency TEXT NOT NULL,
                pricing_unit INTEGER NOT NULL,
                capacity INTEGER NOT NULL CHECK (capacity >= 1),
                status INTEGER NOT NULL,
                version INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))",
          R"(CREATE TABLE customers (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL))",
          R"(CREATE TABLE reservations (
                id TEXT PRIMARY KEY NOT NULL,
                resource_id TEXT NOT NULL REFERENCES resources(id),
                customer_id TEXT NOT NULL REFERENCES customers(id),
                quantity INTEGER NOT NULL CHECK (quantity >= 1),
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                amount INTEGER NOT NULL CHECK (amount >= 0),
                currency TEXT NOT NULL,
                status INTEGER NOT NULL,
                payment_status INTEGER NOT NULL,
                hold_expires_at INTEGER NOT NULL DEFAULT 0,
                origin_device TEXT NOT NULL,
                version INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                CHECK (end_at > start_at)))",
          "CREATE INDEX reservations_by_resource ON reservations(resource_id, start_at)",
          "CREATE INDEX reservations_by_customer ON reservations(customer_id)",
          R"(CREATE TABLE payments (
                id TEXT PRIMARY KEY NOT NULL,
                reservation_id TEXT NOT NULL REFERENCES reservations(id),
                amount INTEGER NOT NULL,
                currency TEXT NOT NULL,
                method INTEGER NOT NULL,
                status INTEGER NOT NULL,
                gateway_reference TEXT NOT NULL DEFAULT '',
                card_brand TEXT NOT NULL DEFAULT '',
                card_last4 TEXT NOT NULL DEFAULT '',
                decline_reason TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL))",
          "CREATE INDEX payments_by_reservation ON payments(reservation_id)",
          R"(CREATE TABLE events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL,
                aggregate_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                occurred_at INTEGER NOT NULL))"}},
        {2, "notifications and the my-bookings read model",
         {R"(CREATE TABLE notifications (
                id TEXT PRIMARY KEY NOT NULL,
                customer_id TEXT NOT NULL,
                reservation_id TEXT NOT NULL DEFAULT '',
                channel INTEGER NOT NULL,
                template TEXT NOT NULL,
                recipient TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL,
                status INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL))",
          "CREATE INDEX notifications_due ON notifications(next_attempt_at) WHERE status = 0",
          "CREATE INDEX notifications_by_customer ON notifications(customer_id)",
          "CREATE INDEX notifications_by_reservation ON notifications(reservation_id)",
          R"(CREATE TABLE my_bookings (
                reservation_id TEXT PRIMARY KEY NOT NULL,
                customer_id TEXT NOT NULL,
                resource_id TEXT NOT NULL,
                resource_name TEXT NOT NULL,
                profile TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                amount INTEGER NOT NULL,
                currency TEXT NOT NULL,
                status TEXT NOT NULL,
                payment_status TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                last_event_seq INTEGER NOT NULL))",
          "CREATE INDEX my_bookings_by_customer ON my_bookings(customer_id, start_at)",
          R"(CREATE TABLE my_booking_timeline (
                reservation_id TEXT NOT NULL,
                event_seq INTEGER NOT NULL,
                event_type TEXT NOT NULL,
                status TEXT NOT NULL,
                payment_status TEXT NOT NULL,
                occurred_at INTEGER NOT NULL,
                PRIMARY KEY (reservation_id, event_seq)) WITHOUT ROWID)"}},
        {3, "fast availability and hold expiry",
         {// Only bookings that occupy capacity (held 0, confirmed 1, in use 2) are in it:
          // availability scans a time range of this small index, never the whole history.
          R"(CREATE INDEX reservations_occupying ON reservations(start_at, end_at, resource_id, quantity)
                WHERE status IN (0, 1, 2))",
          "CREATE INDEX reservations_hold_expiry ON reservations(hold_expires_at) WHERE status = 0",
          // The longest booking ever stored bounds how far back an overlap search must look.
          "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)",
          R"(INSERT INTO meta(key, value)
                SELECT 'max_reservation_seconds', COALESCE(MAX(end_at - start_at), 0) FROM reservations)"}},
        {4, "resource catalogue version",
         {// Bumped with every change to a resource, so readers know when a cached catalogue
          // of resources is stale.
          "INSERT INTO meta(key, value) VALUES ('resources_version', 1)"}},
        {5, "user accounts",
         {// Passwords only as Argon2id hashes; customer accounts book as their customer.
          R"(CREATE TABLE users (
                id TEXT PRIMARY KEY NOT NULL,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role INTEGER NOT NULL CHECK (role IN (0, 1, 2)),
                customer_id TEXT REFERENCES customers(id),
                password_hash TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                CHECK ((role = 2) = (customer_id IS NOT NULL))))",
          "CREATE INDEX users_by_customer ON users(customer_id) WHERE customer_id IS NOT NULL"}},
        {6, "the bookings list",
         {// The Bookings list sorts a million rows by any column and shows the first page from
          // an index in that order (the rowid, the tiebreak, ends every index). The name
          // indexes are on the small tables: the list walks them and joins bookings by
          // resource or customer. The reservation ones cost bulk imports time (they are
          // rebuilt), each measured to be needed: without it the first page of that order
          // is a full scan and sort (~1 s at a million rows).
          "CREATE INDEX reservations_by_start ON reservations(start_at)",
          "CREATE INDEX reservations_by_amount ON reservations(amount)",
          "CREATE INDEX reservations_by_quantity ON reservations(quantity)",
          "CREATE INDEX reservations_by_status ON reservations(status)",
          "CREATE INDEX reservations_by_payment ON reservations(payment_status)",
          "CREATE INDEX resources_by_name ON resources(name COLLATE NOCASE)",
          "CREATE INDEX customers_by_name ON customers(name COLLATE NOCASE)"}},
        {7, "server tokens and offline-first sync",
         {// A counter's changes wait here, written in the transaction of their local effect,
          // until the server has answered them. entity_id is the row the command touches:
          // pulled server rows never overwrite a row whose command is still waiting.
          R"(CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                command_id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at INTEGER NOT NULL))",
          "CREATE INDEX outbox_by_entity ON outbox(entity_id)",
          // The server's memory of every pushed command: the same id gets the same answer.
          R"(CREATE TABLE applied_commands (
                command_id TEXT PRIMARY KEY NOT NULL,
                device TEXT NOT NULL,
                answer TEXT NOT NULL,
                applied_at INTEGER NOT NULL))",
          // Which rows changed, in commit order; a pull sends the rows' current state.
          R"(CREATE TABLE change_log (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL))",
          // Commands the server refused, for staff to see and resolve.
          R"(CREATE TABLE sync_conflicts (
                command_id TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                code TEXT NOT NULL,
                message TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                resolved_at INTEGER NOT NULL DEFAULT 0))",
          "INSERT INTO meta(key, value) VALUES ('sync_pull_cursor', 0)",
          "INSERT INTO meta(key, value) VALUES ('sync_last_success', 0)",
          // Bearer tokens of the server API, kept only as SHA-256 hashes.
          R"(CREATE TABLE api_tokens (
                token_hash TEXT PRIMARY KEY NOT NULL,
                user_id TEXT NOT NULL REFERENCES users(id),
                device TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL))",
          "CREATE INDEX events_by_aggregate ON events(aggregate_id, seq)"}},
        {8, "card work the payment provider has not finished",
         {// Card charges and refunds that still need the provider: a charge is written here
          // (committed) before the provider is called, so a crash or a lost answer leaves a
          // task to retry with the same idempotency key (its id), never an unknown charge.
          // Local to the database that called the provider: never synchronised, and a task
          // (with its card token) is deleted once the outcome is recorded.
          R"(CREATE TABLE card_tasks (
                id TEXT PRIMARY KEY NOT NULL,
                reservation_id TEXT NOT NULL REFERENCES reservations(id),
                kind TEXT NOT NULL CHECK (kind IN ('charge', 'refund')),
                state TEXT NOT NULL CHECK (state IN ('in_flight', 'waiting', 'abandoned', 'failed')),
                amount INTEGER NOT NULL,
                currency TEXT NOT NULL,
                card_token TEXT NOT NULL DEFAULT '',
                card_brand TEXT NOT NULL DEFAULT '',
                card_last4 TEXT NOT NULL DEFAULT '',
                reference TEXT NOT NULL DEFAULT '',
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL))",
          "CREATE INDEX card_tasks_by_reservation ON card_tasks(reservation_id)",
          "CREATE INDEX card_tasks_due ON card_tasks(next_attempt_at)",
          // The manager's Payments screen lists the newest declined and refunded payments.
          "CREATE INDEX payments_by_status ON payments(status, created_at)",
          // …and the open bookings whose payment is deferred (a few among a million).
          "CREATE INDEX reservations_deferred ON reservations(created_at) "
          "WHERE payment_status = 3 AND status IN (0, 1)"}},
        {9, "booking codes",
         {// A customer finds a booking again by its code, the id's last 8 hex digits
          // (queries/bookinglookup), at the self-service kiosk.
          "CREATE INDEX reservations_by_code ON reservations(substr(id, 29, 8))"}},
        {10, "no index of events by aggregate",
         {// Nothing reads events by aggregate: a booking's timeline goes through
          // my_booking_timeline, and the log is read by seq. The index cost every event a
          // B-tree insert.
          "DROP INDEX events_by_aggregate"}},
        {11, "booking details",
         {// Where a taxi picks up and goes, where and when a product is delivered, which taxi
          // was sent (domain/bookingdetails.h): one JSON object, "{}" for most bookings.
          "ALTER TABLE reservations ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
          "ALTER TABLE my_bookings ADD COLUMN details TEXT NOT NULL DEFAULT '{}'"}},
        {12, "accounts that can be disabled, and their audit trail",
         {// A disabled account keeps its history but cannot sign in or use its tokens.
          "ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0",
          // Who created, changed, disabled or reset an account, from the event log: the few
          // account events get their own small index (the log has none by aggregate).
          R"(CREATE INDEX events_of_accounts ON events(aggregate_id, seq)
                WHERE type IN ('AccountCreated', 'AccountChanged', 'AccountDisabled', 'AccountEnabled', 'PasswordReset'))"}},
    };
    return list;
}

} // namespace

// The migrations are written for SQLite; PostgreSQL gets the same schema through this one
// translation, so a migration is written once and both engines stay alike:
// - INTEGER (SQLite's is 64-bit) becomes BIGINT; an INTEGER PRIMARY KEY (SQLite numbers it
//   itself when no value is given, AUTOINCREMENT or not) becomes an identity.
// - Every other table gets the rowid SQLite gives it implicitly, as an identity column named
//   rowid, so "ORDER BY created_at, rowid" (insertion order among equals) means the same.
//   WITHOUT ROWID tables have none, there as here.
// - COLLATE NOCASE in an index becomes an index on lower(column).
// Partial indexes, CHECKs, DEFAULTs and INSERT … SELECT need nothing.
QString forPostgreSql(const QString &statement)
{
    static const QRegularExpression autoincrement(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\s+AUTOINCREMENT\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integerKey(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression createTable(QStringLiteral("^\\s*CREATE\\s+TABLE\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nocase(QStringLiteral("(\\w+)\\s+COLLATE\\s+NOCASE\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString sql = statement;
    const bool isTable = createTable.match(sql).hasMatch();
    const bool hasRowid = isTable && !withoutRowid.match(sql).hasMatch() && !integerKey.match(sql).hasMatch();
    sql.replace(autoincrement, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integerKey, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(withoutRowid, QStringLiteral(")"));
    sql.replace(nocase, QStringLiteral("lower(\\1)"));
    if (hasRowid) {
        const qsizetype close = sql.lastIndexOf(u')');
        if (close > 0)
            sql.insert(close, QStringLiteral(",\n                rowid BIGINT GENERATED ALWAYS AS IDENTITY"));
    }
    return sql;
}

namespace {

// DDL cannot be a prepared statement on PostgreSQL; SQLite keeps the statement cache.
Result<void> execute(const QSqlDatabase &db, const QString &sql)
{
    if (!sqldialect::isPostgreSql(db))
        return SqlQuery(db, sql).exec();
    QSqlQuery query(db);
    if (!query.exec(forPostgreSql(sql))) {
        const QString detail = query.lastError().text();
        qCWarning(lcDb) << "migration statement failed:" << detail;
        return errors::storage(detail);
    }
    return {};
}

// Two processes opening a new database at once take turns; the second then finds the
// migration applied and skips it. SQLite: IMMEDIATE takes the write lock. PostgreSQL: a
// transaction-scoped advisory lock (the key is arbitrary, ours alone).
Result<void> beginExclusive(const QSqlDatabase &db)
{
    if (!sqldialect::isPostgreSql(db))
        return SqlQuery(db, QStringLiteral("BEGIN IMMEDIATE")).exec();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(72657461)"))) {
        const QString detail = query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return errors::storage(detail);
    }
    return {};
}

Result<void> endTransaction(const QSqlDatabase &db, const char *how)
{
    return SqlQuery(db, QString::fromLatin1(how)).exec(); // unprepared on PostgreSQL, see SqlQuery
}

Result<void> ensureVersionTable(const QSqlDatabase &db)
{
    const QString create = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                          "version INTEGER PRIMARY KEY NOT NULL, "
                                          "description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    if (!sqldialect::isPostgreSql(db))
        return execute(db, create);
    // PostgreSQL: two processes creating it at once would collide in the catalogue.
    RD_TRY(beginExclusive(db));
    if (auto done = execute(db, create); !done) {
        endTransaction(db, "ROLLBACK").ok();
        return done;
    }
    return endTransaction(db, "COMMIT");
}

Result<void> apply(QSqlDatabase &db, const Migration &migration)
{
    RD_TRY(beginExclusive(db));
    auto rollback = [&db](const Error &error) -> Result<void> {
        endTransaction(db, "ROLLBACK").ok(); // best effort: the error is what matters
        return error;
    };
    SqlQuery applied(db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    applied.bind(migration.version);
    if (auto done = applied.exec(); !done)
        return rollback(done.error());
    if (applied.next()) { // another process got there first
        applied.finish();
        endTransaction(db, "ROLLBACK").ok();
        return {};
    }
    applied.finish();
    for (const char *statement : migration.statements) {
        if (auto done = execute(db, QString::fromUtf8(statement)); !done)
            return rollback(done.error());
    }
    SqlQuery record(db, QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) "
                                       "VALUES (?, ?, ?)"));
    record.bind(migration.version)
        .bind(QString::fromUtf8(migration.description))
        .bind(QDateTime::currentSecsSinceEpoch());
    if (auto done = record.exec(); !done)
        return rollback(done.error());
    if (auto committed = endTransaction(db, "COMMIT"); !committed)
        return rollback(committed.error());
    qCInfo(lcDb) << "applied migration" << migration.version << migration.description;
    return {};
}

} // namespace

int latestVersion()
{
    return all().constLast().version;
}

Result<int> currentVersion(const QSqlDatabase &db)
{
    RD_TRY(ensureVersionTable(db));
    SqlQuery query(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    RD_TRY(query.exec());
    query.next();
    return int(query.integer(0));
}

Result<int> migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    int version = current.value();
    for (const Migration &migration : all()) {
        if (migration.version <= version || migration.version > target)
            continue;
        RD_TRY(apply(db, migration));
        version = migration.version;
    }
    return version;
}

} // namespace migrations
