#include "storage/statementcache.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>
#include <unordered_map>

namespace statementcache {
namespace {

struct Finalize
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

struct Statement
{
    std::unique_ptr<QSqlQuery> query;
    std::unique_ptr<sqlite3_stmt, Finalize> native;
    sqlite3 *handle = nullptr;
    bool inUse = false;
};

// Node-based maps: a Lease points into them and must stay valid while others are added.
using Statements = std::unordered_map<QString, Statement>;

// By connection name. Not thread-local: a thread's locals die after QThread::wait() has
// returned, too late for the pool that closes the connection. The lock guards the maps; a
// statement itself is only touched by the one thread that uses its connection.
QMutex g_mutex;
std::unordered_map<QString, Statements> g_cache;

bool prepare(Statement &statement, const QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        statement.native.reset(prepareSqlite(handle, sql.toUtf8()));
        if (!statement.native)
            return false;
        statement.handle = handle;
        return true;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return false;
    statement.query = std::move(query);
    return true;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    // The SQLite driver hands out its connection as a QVariant holding a sqlite3 pointer.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3_stmt *prepareSqlite(sqlite3 *handle, QByteArrayView utf8)
{
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(handle, utf8.data(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        == SQLITE_OK)
        return prepared;
    sqlite3_finalize(prepared); // a no-op for null
    return nullptr;
}

QString sqliteMessage(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

Lease acquire(const QSqlDatabase &db, const QString &sql)
{
    QMutexLocker lock(&g_mutex);
    Statement &statement = g_cache[db.connectionName()][sql];
    if (statement.inUse)
        return {};
    if (!statement.query && !statement.native && !prepare(statement, db, sql))
        return {}; // not kept: the caller prepares again and reports the error
    statement.inUse = true;
    return {statement.query.get(), statement.native.get(), statement.handle, &statement.inUse};
}

void release(const Lease &lease)
{
    if (!lease.leased())
        return;
    // Resets the statement: no read transaction stays open.
    if (lease.native)
        sqlite3_reset(lease.native);
    else
        lease.query->finish();
    *lease.inUse = false;
}

void forget(const QString &connectionName)
{
    Statements statements;
    {
        QMutexLocker lock(&g_mutex);
        auto found = g_cache.find(connectionName);
        if (found == g_cache.end())
            return;
        statements = std::move(found->second);
        g_cache.erase(found);
    }
    // `statements` finalizes its queries here, outside the lock.
}

} // namespace statementcache
