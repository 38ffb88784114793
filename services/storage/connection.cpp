#include "storage/connection.h"

#include "domain/errors.h"
#include "storage/logging.h"
#include "storage/statementcache.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace connection {
namespace {

Result<void> pragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errors::storage(query.lastError().text());
    return {};
}

} // namespace

Result<QSqlDatabase> open(const QString &name, const DatabaseOptions &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(options.path);
    // Wait for another connection's write lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        qCWarning(lcDb) << "cannot open database" << options.path << detail;
        return errors::storage(detail);
    }
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
    auto fail = [&db, &name](const Error &error) -> Result<QSqlDatabase> {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    };
    for (const QString &statement : pragmas) {
        if (auto done = pragma(db, statement); !done)
            return fail(done.error());
    }
    // SQLite keeps its old journal where WAL is impossible (some network file systems);
    // readers beside the writer and our crash guarantees depend on it, so refuse.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
        mode.finish();
        return fail(errors::storage(QStringLiteral("write-ahead logging is not available for %1").arg(options.path)));
    }
    return db;
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
