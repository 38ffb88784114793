#include "storage/migrations.h"

#include "domain/errors.h"
#include "storage/logging.h"
#include "storage/sqlquery.h"

#include <QDateTime>
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
    };
    return list;
}

Result<void> ensureVersionTable(const QSqlDatabase &db)
{
    SqlQuery create(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       "version INTEGER PRIMARY KEY NOT NULL, "
                                       "description TEXT NOT NULL, applied_at INTEGER NOT NULL)"));
    return create.exec();
}

Result<void> apply(QSqlDatabase &db, const Migration &migration)
{
    // IMMEDIATE: two processes opening a new file at once take turns; the second then finds
    // the migration applied and skips it.
    if (auto begun = SqlQuery(db, QStringLiteral("BEGIN IMMEDIATE")).exec(); !begun)
        return begun;
    auto rollback = [&db](const Error &error) -> Result<void> {
        SqlQuery(db, QStringLiteral("ROLLBACK")).exec().ok(); // best effort: the error is what matters
        return error;
    };
    SqlQuery applied(db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    applied.bind(migration.version);
    if (auto done = applied.exec(); !done)
        return rollback(done.error());
    if (applied.next()) { // another process got there first
        applied.raw().finish();
        SqlQuery(db, QStringLiteral("ROLLBACK")).exec().ok();
        return {};
    }
    for (const char *statement : migration.statements) {
        SqlQuery query(db, QString::fromUtf8(statement));
        if (auto done = query.exec(); !done)
            return rollback(done.error());
    }
    SqlQuery record(db, QStringLiteral("INSERT INTO schema_migrations(version, description, applied_at) "
                                       "VALUES (?, ?, ?)"));
    record.bind(migration.version)
        .bind(QString::fromUtf8(migration.description))
        .bind(QDateTime::currentSecsSinceEpoch());
    if (auto done = record.exec(); !done)
        return rollback(done.error());
    if (auto committed = SqlQuery(db, QStringLiteral("COMMIT")).exec(); !committed)
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
