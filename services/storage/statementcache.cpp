#include "storage/statementcache.h"

#include <QMutex>
#include <QSqlDatabase>

#include <memory>
#include <unordered_map>

namespace statementcache {
namespace {

struct Statement
{
    std::unique_ptr<QSqlQuery> query;
    bool inUse = false;
};

// Node-based maps: a Lease points into them and must stay valid while others are added.
using Statements = std::unordered_map<QString, Statement>;

// By connection name. Not thread-local: a thread's locals die after QThread::wait() has
// returned, too late for the pool that closes the connection. The lock guards the maps; a
// statement itself is only touched by the one thread that uses its connection.
QMutex g_mutex;
std::unordered_map<QString, Statements> g_cache;

} // namespace

Lease acquire(const QSqlDatabase &db, const QString &sql)
{
    QMutexLocker lock(&g_mutex);
    Statement &statement = g_cache[db.connectionName()][sql];
    if (statement.inUse)
        return {};
    if (!statement.query) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return {}; // not kept: the caller prepares again and reports the error
        statement.query = std::move(query);
    }
    statement.inUse = true;
    return {statement.query.get(), &statement.inUse};
}

void release(const Lease &lease)
{
    if (!lease.query)
        return;
    lease.query->finish(); // resets the statement: no read transaction stays open
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
