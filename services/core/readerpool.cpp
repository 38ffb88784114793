#include "core/readerpool.h"

#include "storage/logging.h"

#include <QSqlQuery>
#include <QThread>

namespace {

// The connection of one pool thread, closed when the thread ends (pool threads expire
// when idle and when the pool is destroyed).
struct ThreadConnection
{
    QString name;
    ~ThreadConnection()
    {
        if (!name.isEmpty())
            connection::close(name);
    }
};

thread_local ThreadConnection t_connection;

} // namespace

ReaderPool::ReaderPool(DatabaseOptions options, int maxThreads) : m_options(std::move(options))
{
    m_pool.setMaxThreadCount(maxThreads);
    m_pool.setObjectName(QStringLiteral("rentaldesk-readers"));
}

ReaderPool::~ReaderPool()
{
    m_pool.waitForDone();
}

QSqlDatabase ReaderPool::threadConnection(const DatabaseOptions &options)
{
    if (t_connection.name.isEmpty()) {
        const QString name = QStringLiteral("reader-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
        auto db = connection::open(name, options);
        if (!db) {
            qCWarning(lcDb) << "reader cannot open the database:" << db.error().message;
            return {};
        }
        QSqlQuery(db.value()).exec(QStringLiteral("PRAGMA query_only=ON"));
        t_connection.name = name;
    }
    return QSqlDatabase::database(t_connection.name, false);
}
