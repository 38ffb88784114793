#include "core/readerpool.h"

#include "storage/logging.h"
#include "storage/statementcache.h"

#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace {
std::atomic<quint64> g_nextPoolSerial{1};
} // namespace

ReaderPool::ReaderPool(DatabaseOptions options, WorkerPriority priority, int maxThreads)
    : m_options(std::move(options)), m_priority(priority), m_serial(g_nextPoolSerial++)
{
    m_pool.setMaxThreadCount(maxThreads);
    m_pool.setExpiryTimeout(-1); // a thread keeps its connection for the pool's lifetime
    m_pool.setObjectName(QStringLiteral("rentaldesk-readers"));
}

ReaderPool::~ReaderPool()
{
    m_pool.waitForDone(); // joins the pool's threads: no connection is in use any more
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        statementcache::forget(name);
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase ReaderPool::threadConnection()
{
    // Named after this pool (never reused) and the thread, so a name can never refer to a
    // connection of an earlier pool whose thread id the system handed out again.
    const QString name = QStringLiteral("reader-%1-%2")
                             .arg(m_serial)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid())
        return db;
    // The pool's threads are its own and live as long as it: this is each one's first job.
    workerpriority::applyToCurrentThread(m_priority);
    auto opened = connection::open(name, m_options);
    if (!opened) {
        qCWarning(lcDb) << "reader cannot open the database:" << opened.error().message;
        return {};
    }
    // A reader that tried to write would be a bug: the engine refuses it.
    QSqlQuery(opened.value())
        .exec(m_options.isPostgreSql() ? QStringLiteral("SET default_transaction_read_only = on")
                                       : QStringLiteral("PRAGMA query_only=ON"));
    QMutexLocker lock(&m_mutex);
    m_connectionNames.append(name);
    return opened.value();
}
