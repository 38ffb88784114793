#include "sqlitefloorbench.h"

#include "api/backend.h"
#include "benchreport.h"
#include "demo/demodata.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "floorrows.h"
#include "http/syncroutes.h"
#include "payment/builtingateway.h"
#include "storage/connection.h"
#include "storage/migrations.h"
#include "storage/reservationrepository.h"
#include "storage/sqlitestatement.h"
#include "sync/syncwire.h"
#include "syncbench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace {

const QString ConnectionName = QStringLiteral("bench-floor");

Result<SqliteStatement> prepare(const QSqlDatabase &db, const QString &sql)
{
    return SqliteStatement::prepare(db, sql.toUtf8());
}

// Steps through a query's rows, as a caller reading them would.
Result<void> readAll(SqliteStatement &query)
{
    for (;;) {
        auto row = query.next();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
    }
}

// Runs a statement once (a PRAGMA that sets a value also answers with it).
Result<void> exec(const QSqlDatabase &db, const QString &sql)
{
    auto statement = prepare(db, sql);
    if (!statement)
        return statement.error();
    return readAll(statement.value());
}

Result<qint64> countOf(const QSqlDatabase &db, const QString &table)
{
    auto count = prepare(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!count)
        return count.error();
    auto row = count.value().next();
    if (!row)
        return row.error();
    const qint64 rows = row.value() ? count.value().integer(0) : 0;
    RD_TRY(readAll(count.value()));
    return rows;
}

// The bench's check, after the clock stopped, that the timed work was all done.
Result<void> expectRows(const QSqlDatabase &db, const QString &table, qint64 expected)
{
    auto rows = countOf(db, table);
    if (!rows)
        return rows.error();
    if (rows.value() != expected)
        return Error{QStringLiteral("floor"),
                     QStringLiteral("%1 has %2 rows, not %3").arg(table).arg(rows.value()).arg(expected)};
    return {};
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The car demo shop, as the sync benches' server and counters start from.
Result<void> fillDemoShop(const QString &path)
{
    SystemClock clock;
    BuiltinGateway gateway;
    Backend backend(DatabaseOptions{path, DatabaseOptions::Durability::Normal}, ShopSettings{}, clock, gateway);
    if (const Result<int> opened = backend.open().result(); !opened)
        return opened.error();
    const Result<DemoSummary> filled =
        backend.executor().execute<DemoSummary>([](CommandContext &c) { return demodata::fill(c, Profile::Car); }).result();
    if (!filled)
        return filled.error();
    return {};
}

// A database the migrations made, open on this thread under ConnectionName; closed (and its
// file removed) when the scope ends.
class FloorDatabase final
{
public:
    FloorDatabase(QString path, DatabaseOptions::Durability durability)
        : m_path(std::move(path)), m_durability(durability)
    {
    }
    ~FloorDatabase()
    {
        connection::close(ConnectionName);
        removeDatabase(m_path);
    }

    Result<QSqlDatabase> open()
    {
        auto db = connection::open(ConnectionName, DatabaseOptions{m_path, m_durability});
        if (!db)
            return db.error();
        RD_TRY(migrations::migrate(db.value()));
        return db;
    }

    // The same, filled with the car demo shop first.
    Result<QSqlDatabase> openDemoShop()
    {
        RD_TRY(fillDemoShop(m_path));
        return open();
    }

private:
    QString m_path;
    DatabaseOptions::Durability m_durability;
};

QByteArrayView text(const FloorBooking::Id &id)
{
    return QByteArrayView(id.data(), qsizetype(id.size()));
}

void bindBooking(SqliteStatement &insert, const FloorBooking &b)
{
    // The order of reservationrepository::columns().
    insert.bind(1, text(b.id));
    insert.bind(2, text(b.resourceId));
    insert.bind(3, text(b.customerId));
    insert.bind(4, b.quantity);
    insert.bind(5, b.start);
    insert.bind(6, b.end);
    insert.bind(7, b.amount);
    insert.bind(8, b.currency);
    insert.bind(9, b.status);
    insert.bind(10, b.paymentStatus);
    insert.bind(11, b.holdExpiresAt);
    insert.bind(12, b.originDevice);
    insert.bind(13, b.version);
    insert.bind(14, b.createdAt);
    insert.bind(15, b.updatedAt);
    insert.bind(16, QByteArrayView("{}"));
}

QString insertBookingSql(bool upsert)
{
    QString sql = reservationrepository::insertSql();
    if (upsert) // as rowstore::upsert writes a pulled row
        sql += QStringLiteral(" ON CONFLICT(id) DO UPDATE SET status = excluded.status, "
                              "payment_status = excluded.payment_status, hold_expires_at = excluded.hold_expires_at, "
                              "version = excluded.version, updated_at = excluded.updated_at");
    return sql;
}

// The event log's row, My bookings' row and the timeline's row of one held or synced booking.
class ReadModelWriter final
{
public:
    static Result<ReadModelWriter> prepare(const QSqlDatabase &db)
    {
        auto event = ::prepare(db, QStringLiteral("INSERT INTO events(id, type, aggregate_id, payload, occurred_at) "
                                                  "VALUES (?, ?, ?, ?, ?)"));
        auto booking = ::prepare(
            db, QStringLiteral("INSERT INTO my_bookings(reservation_id, customer_id, resource_id, resource_name, profile, "
                               "quantity, start_at, end_at, amount, currency, status, payment_status, updated_at, "
                               "last_event_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(reservation_id) DO UPDATE SET status = excluded.status, "
                               "payment_status = excluded.payment_status, updated_at = excluded.updated_at, "
                               "last_event_seq = excluded.last_event_seq"));
        auto timeline = ::prepare(db, QStringLiteral("INSERT INTO my_booking_timeline(reservation_id, event_seq, event_type, "
                                                     "status, payment_status, occurred_at) VALUES (?, ?, ?, ?, ?, ?)"));
        auto sequence = ::prepare(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
        if (!event || !booking || !timeline || !sequence)
            return Error{QStringLiteral("setup"), QStringLiteral("the read model statements do not compile")};
        auto last = sequence.value().next();
        if (!last)
            return last.error();
        const qint64 seq = sequence.value().integer(0);
        return ReadModelWriter(std::move(event.value()), std::move(booking.value()), std::move(timeline.value()), seq);
    }

    Result<void> write(const FloorBooking &b, const FloorEvent &e)
    {
        m_event.bind(1, text(e.id));
        m_event.bind(2, e.type);
        m_event.bind(3, text(b.id));
        m_event.bind(4, e.payload);
        m_event.bind(5, b.updatedAt);
        RD_TRY(m_event.run());
        ++m_seq; // AUTOINCREMENT on the only writer
        const QByteArrayView values[] = {text(b.id), text(b.customerId), text(b.resourceId), e.resourceName, e.profile};
        for (int i = 0; i < 5; ++i)
            m_booking.bind(i + 1, values[i]);
        m_booking.bind(6, b.quantity);
        m_booking.bind(7, b.start);
        m_booking.bind(8, b.end);
        m_booking.bind(9, b.amount);
        m_booking.bind(10, b.currency);
        m_booking.bind(11, e.status);
        m_booking.bind(12, e.paymentStatus);
        m_booking.bind(13, b.updatedAt);
        m_booking.bind(14, m_seq);
        RD_TRY(m_booking.run());
        m_timeline.bind(1, text(b.id));
        m_timeline.bind(2, m_seq);
        m_timeline.bind(3, e.type);
        m_timeline.bind(4, e.status);
        m_timeline.bind(5, e.paymentStatus);
        m_timeline.bind(6, b.updatedAt);
        return m_timeline.run();
    }

private:
    ReadModelWriter(SqliteStatement event, SqliteStatement booking, SqliteStatement timeline, qint64 seq)
        : m_event(std::move(event)), m_booking(std::move(booking)), m_timeline(std::move(timeline)), m_seq(seq)
    {
    }

    SqliteStatement m_event;
    SqliteStatement m_booking;
    SqliteStatement m_timeline;
    qint64 m_seq;
};

double elapsedSeconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

SqliteFloorBench::SqliteFloorBench(const Dataset &dataset, const BenchScale &scale, QString folder)
    : m_dataset(dataset), m_scale(scale), m_folder(std::move(folder))
{
}

Result<QJsonObject> SqliteFloorBench::run()
{
    auto bookings = storedBookings();
    if (!bookings)
        return bookings.error();
    auto indexed = import(bookings.value(), true);
    if (!indexed)
        return indexed.error();
    auto unindexed = import(bookings.value(), false);
    if (!unindexed)
        return unindexed.error();
    auto pulled = pull(SyncBench::PullLimit);
    if (!pulled)
        return pulled.error();
    auto pulledLargest = pull(syncroutes::MaxPullLimit);
    if (!pulledLargest)
        return pulledLargest.error();
    auto pushed = push();
    if (!pushed)
        return pushed.error();
    const auto perSecond = [](const Rate &rate) { return BenchReport::rounded(double(rate.rows) / rate.seconds, 0); };
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("sqlite_floor")},
                       {QStringLiteral("import_rows"), indexed->rows},
                       {QStringLiteral("import_rows_per_s"), perSecond(indexed.value())},
                       {QStringLiteral("import_unindexed_rows_per_s"), perSecond(unindexed.value())},
                       {QStringLiteral("pull_changes"), pulled->rows},
                       {QStringLiteral("pull_page"), SyncBench::PullLimit},
                       {QStringLiteral("pull_ops_per_s"), perSecond(pulled.value())},
                       {QStringLiteral("pull_largest_page"), syncroutes::MaxPullLimit},
                       {QStringLiteral("pull_largest_page_ops_per_s"), perSecond(pulledLargest.value())},
                       {QStringLiteral("push_commands"), pushed->rows},
                       {QStringLiteral("push_batch"), SyncBench::PushBatch},
                       {QStringLiteral("push_ops_per_s"), perSecond(pushed.value())}};
}

Result<QList<FloorBooking>> SqliteFloorBench::storedBookings()
{
    auto db = connection::open(ConnectionName, DatabaseOptions{m_dataset.path, DatabaseOptions::Durability::Normal});
    if (!db)
        return db.error();
    auto bookings = floorrows::stored(db.value());
    connection::close(ConnectionName);
    return bookings;
}

Result<SqliteFloorBench::Rate> SqliteFloorBench::import(const QList<FloorBooking> &bookings, bool rebuildIndexes)
{
    // NORMAL, as bulk_import (DatasetBuilder) imports.
    FloorDatabase floor(m_folder + QStringLiteral("/floor-import.sqlite"), DatabaseOptions::Durability::Normal);
    auto db = floor.open();
    if (!db)
        return db.error();
    // The resources and customers the bookings refer to (foreign keys are on).
    auto attach = prepare(db.value(), QStringLiteral("ATTACH ? AS source"));
    if (!attach)
        return attach.error();
    attach.value().bind(1, m_dataset.path.toUtf8());
    RD_TRY(attach.value().run());
    RD_TRY(exec(db.value(), QStringLiteral("INSERT INTO resources SELECT * FROM source.resources")));
    RD_TRY(exec(db.value(), QStringLiteral("INSERT INTO customers SELECT * FROM source.customers")));
    RD_TRY(exec(db.value(), QStringLiteral("DETACH source")));
    // In ReservationBulkImport's order.
    auto definitions = prepare(db.value(), QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                          "AND tbl_name = 'reservations' AND sql IS NOT NULL ORDER BY name"));
    if (!definitions)
        return definitions.error();
    QStringList names;
    QStringList indexes;
    for (;;) {
        auto row = definitions.value().next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        names << QString::fromUtf8(definitions.value().text(0));
        indexes << QString::fromUtf8(definitions.value().text(1));
    }
    auto insert = prepare(db.value(), insertBookingSql(false));
    if (!insert)
        return insert.error();

    QElapsedTimer timer;
    timer.start();
    RD_TRY(exec(db.value(), QStringLiteral("BEGIN")));
    for (const QString &name : std::as_const(names))
        RD_TRY(exec(db.value(), QStringLiteral("DROP INDEX \"%1\"").arg(name)));
    for (const FloorBooking &b : bookings) {
        bindBooking(insert.value(), b);
        RD_TRY(insert.value().run());
    }
    if (rebuildIndexes) {
        RD_TRY(exec(db.value(), QStringLiteral("PRAGMA threads=%1").arg(QThread::idealThreadCount())));
        for (const QString &definition : std::as_const(indexes))
            RD_TRY(exec(db.value(), definition));
    }
    RD_TRY(exec(db.value(), QStringLiteral("COMMIT")));
    const Rate rate{bookings.size(), elapsedSeconds(timer)};
    RD_TRY(expectRows(db.value(), QStringLiteral("reservations"), bookings.size()));
    const QString rebuilt = QStringLiteral("sqlite_master WHERE type = 'index' AND tbl_name = 'reservations' AND sql IS NOT NULL");
    RD_TRY(expectRows(db.value(), rebuilt, rebuildIndexes ? indexes.size() : 0));
    return rate;
}

Result<SqliteFloorBench::Rate> SqliteFloorBench::pull(int pageSize)
{
    // NORMAL, as SyncBench's counters.
    FloorDatabase floor(m_folder + QStringLiteral("/floor-pull.sqlite"), DatabaseOptions::Durability::Normal);
    auto db = floor.openDemoShop();
    if (!db)
        return db.error();
    auto rows = floorrows::offline(db.value(), m_scale.syncCommands);
    if (!rows)
        return rows.error();
    auto bookedBefore = countOf(db.value(), QStringLiteral("my_bookings"));
    if (!bookedBefore)
        return bookedBefore.error();
    auto upsert = prepare(db.value(), insertBookingSql(true));
    auto cursor = prepare(db.value(), QStringLiteral("UPDATE meta SET value = ? WHERE key = 'sync_pull_cursor'"));
    auto readModel = ReadModelWriter::prepare(db.value());
    if (!upsert || !cursor || !readModel)
        return Error{QStringLiteral("setup"), QStringLiteral("the pull statements do not compile")};

    QElapsedTimer timer;
    timer.start();
    const qsizetype count = rows->bookings.size();
    for (qsizetype page = 0; page < count; page += pageSize) {
        RD_TRY(exec(db.value(), QStringLiteral("BEGIN IMMEDIATE")));
        for (qsizetype i = page; i < std::min(count, page + pageSize); ++i) {
            bindBooking(upsert.value(), rows->bookings.at(i));
            RD_TRY(upsert.value().run());
            RD_TRY(readModel.value().write(rows->bookings.at(i), rows->events.at(i)));
        }
        cursor.value().bind(1, page + pageSize);
        RD_TRY(cursor.value().run());
        RD_TRY(exec(db.value(), QStringLiteral("COMMIT")));
    }
    const Rate rate{count, elapsedSeconds(timer)};
    RD_TRY(expectRows(db.value(), QStringLiteral("my_bookings"), bookedBefore.value() + count));
    return rate;
}

Result<SqliteFloorBench::Rate> SqliteFloorBench::push()
{
    // FULL: the server's default, as the sync benches run it.
    FloorDatabase floor(m_folder + QStringLiteral("/floor-push.sqlite"), DatabaseOptions::Durability::Full);
    auto db = floor.openDemoShop();
    if (!db)
        return db.error();
    auto rows = floorrows::offline(db.value(), m_scale.syncCommands);
    if (!rows)
        return rows.error();
    QList<QByteArray> commandIds;
    QList<QByteArray> answers;
    for (qsizetype i = 0; i < rows->bookings.size(); ++i) {
        const QUuid command = ids::newId();
        commandIds.append(ids::toText(command).toUtf8());
        answers.append(QJsonDocument(syncwire::toJson(SyncAnswer{command, true, {}, {}})).toJson(QJsonDocument::Compact));
    }
    auto heldBefore = countOf(db.value(), QStringLiteral("reservations"));
    if (!heldBefore)
        return heldBefore.error();
    auto storedAnswer = prepare(db.value(), QStringLiteral("SELECT answer FROM applied_commands WHERE command_id = ?"));
    auto resource = prepare(db.value(), QStringLiteral("SELECT * FROM resources WHERE id = ?"));
    auto longest = prepare(db.value(), QStringLiteral("SELECT value FROM meta WHERE key = 'max_reservation_seconds'"));
    auto overlapping = prepare(db.value(), QStringLiteral("SELECT start_at, end_at, quantity FROM reservations "
                                                          "INDEXED BY reservations_by_resource WHERE resource_id = ? "
                                                          "AND start_at < ? AND start_at > ? AND end_at > ? "
                                                          "AND status IN (0, 1, 2)"));
    auto savepoint = prepare(db.value(), QStringLiteral("SAVEPOINT sync_command"));
    auto insert = prepare(db.value(), insertBookingSql(false));
    auto logged = prepare(db.value(), QStringLiteral("INSERT INTO change_log(entity, entity_id) VALUES ('reservation', ?)"));
    auto release = prepare(db.value(), QStringLiteral("RELEASE sync_command"));
    auto answered = prepare(db.value(), QStringLiteral("INSERT INTO applied_commands(command_id, device, answer, applied_at) "
                                                       "VALUES (?, ?, ?, ?)"));
    auto readModel = ReadModelWriter::prepare(db.value());
    if (!storedAnswer || !resource || !longest || !overlapping || !savepoint || !insert || !logged || !release || !answered
        || !readModel)
        return Error{QStringLiteral("setup"), QStringLiteral("the push statements do not compile")};
    const QByteArray device = "bench-counter";

    QElapsedTimer timer;
    timer.start();
    const qsizetype count = rows->bookings.size();
    for (qsizetype batch = 0; batch < count; batch += SyncBench::PushBatch) {
        RD_TRY(exec(db.value(), QStringLiteral("BEGIN IMMEDIATE")));
        for (qsizetype i = batch; i < std::min(count, batch + SyncBench::PushBatch); ++i) {
            const FloorBooking &b = rows->bookings.at(i);
            storedAnswer.value().bind(1, commandIds.at(i));
            RD_TRY(readAll(storedAnswer.value()));
            RD_TRY(savepoint.value().run());
            resource.value().bind(1, text(b.resourceId));
            RD_TRY(readAll(resource.value()));
            RD_TRY(readAll(longest.value()));
            overlapping.value().bind(1, text(b.resourceId));
            overlapping.value().bind(2, b.end);
            overlapping.value().bind(3, b.start - 7 * 24 * 60 * 60);
            overlapping.value().bind(4, b.start);
            RD_TRY(readAll(overlapping.value()));
            bindBooking(insert.value(), b);
            RD_TRY(insert.value().run());
            logged.value().bind(1, text(b.id));
            RD_TRY(logged.value().run());
            RD_TRY(readModel.value().write(b, rows->events.at(i)));
            RD_TRY(release.value().run());
            answered.value().bind(1, commandIds.at(i));
            answered.value().bind(2, device);
            answered.value().bind(3, answers.at(i));
            answered.value().bind(4, b.updatedAt);
            RD_TRY(answered.value().run());
        }
        RD_TRY(exec(db.value(), QStringLiteral("COMMIT")));
    }
    const Rate rate{count, elapsedSeconds(timer)};
    RD_TRY(expectRows(db.value(), QStringLiteral("reservations"), heldBefore.value() + count));
    RD_TRY(expectRows(db.value(), QStringLiteral("applied_commands"), count));
    return rate;
}
