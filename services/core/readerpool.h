#pragma once

#include "core/workerpriority.h"
#include "storage/connection.h"

#include <QFuture>
#include <QMutex>
#include <QStringList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

// Page loads, searches and reports run here, beside the writer (WAL lets them), each pool
// thread with its own read-only connection. The query gets a copy of everything it needs and
// delivers its result through the future; it never touches the caller's objects. A pool
// thread's connection stays open until the pool is destroyed.
class ReaderPool final
{
public:
    explicit ReaderPool(DatabaseOptions options, WorkerPriority priority = WorkerPriority::Normal,
                        int maxThreads = 2);
    ~ReaderPool();

    template<typename T>
    QFuture<T> read(std::function<T(const QSqlDatabase &)> query)
    {
        return QtConcurrent::run(&m_pool, [this, query = std::move(query)]() {
            return query(threadConnection());
        });
    }

private:
    // Runs on a pool thread; only touches the pool's own thread-safe state.
    QSqlDatabase threadConnection();

    const DatabaseOptions m_options;
    const WorkerPriority m_priority;
    const quint64 m_serial;
    QMutex m_mutex;
    QStringList m_connectionNames;
    QThreadPool m_pool; // last: destroyed (and joined) first

};
