#include "storage/connection.h"

#include "domain/errors.h"
#include "storage/logging.h"
#include "storage/sqlitelibrary.h"
#include "storage/statementcache.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <mutex>

namespace connection {
namespace {

Result<void> run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errors::storage(query.lastError().text());
    return {};
}

Result<QSqlDatabase> dropped(QSqlDatabase &db, const QString &name, const Error &error)
{
    if (db.isOpen())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return error;
}

// SQLite counts every allocation it makes under one process-wide mutex unless told not to;
// we never read those counts, and every connection of every thread then contends for that
// mutex (without them: sync_pull 13.7k -> 14.4-15.7k changes/s, sync_push 8.4-9.1k ->
// 9.1-9.4k ops/s). Only possible before SQLite initialises, so before the first connection
// opens (every connection we open comes through here, and call_once holds the others back
// meanwhile); refused harmlessly if something opened one first.
void skipSqliteMemoryStatistics()
{
    static std::once_flag once;
    std::call_once(once, []() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

// Once per process, on the first connection that opens (sqlitelibrary.h says why); every
// later connection gets the same answer.
Result<void> checkSqliteLibrary(QSqlDatabase &db)
{
    static std::once_flag once;
    static Result<void> checked;
    std::call_once(once, [&db]() {
        checked = sqlitelibrary::verify(db);
        if (!checked)
            qCCritical(lcDb) << checked.error().message;
    });
    return checked;
}

Result<QSqlDatabase> openSqlite(const QString &name, const DatabaseOptions &options)
{
    skipSqliteMemoryStatistics();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(options.path);
    // Wait for another connection's write lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        qCWarning(lcDb) << "cannot open database" << options.path << detail;
        return dropped(db, name, errors::storage(detail));
    }
    if (auto sameLibrary = checkSqliteLibrary(db); !sameLibrary)
        return dropped(db, name, sameLibrary.error());
    const QString synchronous = options.durability == DatabaseOptions::Durability::Full
                                    ? QStringLiteral("FULL")
                                    : QStringLiteral("NORMAL");
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=") + synchronous,
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        // 64 MiB page cache per connection: the hot indexes of a million bookings fit.
        QStringLiteral("PRAGMA cache_size=-65536"),
    };
    for (const QString &statement : pragmas) {
        if (auto done = run(db, statement); !done)
            return dropped(db, name, done.error());
    }
    // SQLite keeps its old journal where WAL is impossible (some network file systems);
    // readers beside the writer and our crash guarantees depend on it, so refuse.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
        mode.finish();
        return dropped(db, name, errors::storage(QStringLiteral("write-ahead logging is not available for %1").arg(options.path)));
    }
    return db;
}

Result<QSqlDatabase> openPostgreSql(const QString &name, const DatabaseOptions &options)
{
    // The schema is written into SQL text (SET cannot take a bound value): letters, digits
    // and underscores only, which databaseurl::parse guarantees for what users type.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!options.schema.isEmpty() && !plainName.match(options.schema).hasMatch())
        return errors::storage(QStringLiteral("invalid schema name %1").arg(options.schema));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(options.host);
    db.setPort(options.port);
    db.setUserName(options.user);
    db.setPassword(options.password);
    db.setDatabaseName(options.databaseName);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        qCWarning(lcDb) << "cannot open database" << options.displayName() << detail;
        return dropped(db, name, errors::storage(detail));
    }
    QStringList settings{
        // Like SQLite's busy timeout: wait for another writer's lock, but not for ever.
        QStringLiteral("SET lock_timeout = '10s'"),
        // "relation already exists, skipping" and the like are not worth a line on stderr.
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("SET TIME ZONE 'UTC'"),
    };
    if (!options.schema.isEmpty())
        settings << QStringLiteral("SET search_path TO \"%1\"").arg(options.schema);
    for (const QString &statement : std::as_const(settings)) {
        if (auto done = run(db, statement); !done)
            return dropped(db, name, done.error());
    }
    return db;
}

} // namespace

Result<QSqlDatabase> open(const QString &name, const DatabaseOptions &options)
{
    return options.isPostgreSql() ? openPostgreSql(name, options) : openSqlite(name, options);
}

void close(const QString &name)
{
    statementcache::forget(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("rentaldesk.sqlite"));
}

} // namespace connection

QString DatabaseOptions::displayName() const
{
    if (!isPostgreSql())
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
    if (!schema.isEmpty())
        text += QStringLiteral("?schema=") + schema;
    return text;
}
