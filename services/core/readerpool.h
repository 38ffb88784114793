#pragma once

#include "storage/connection.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

// Page loads, searches and reports run here, beside the writer (WAL lets them), each pool
// thread with its own read-only connection. The query gets a copy of everything it needs and
// delivers its result through the future; it never touches the caller's objects.
class ReaderPool final
{
public:
    explicit ReaderPool(DatabaseOptions options, int maxThreads = 2);
    ~ReaderPool();

    template<typename T>
    QFuture<T> read(std::function<T(const QSqlDatabase &)> query)
    {
        return QtConcurrent::run(&m_pool, [options = m_options, query = std::move(query)]() {
            return query(threadConnection(options));
        });
    }

private:
    static QSqlDatabase threadConnection(const DatabaseOptions &options);

    DatabaseOptions m_options;
    QThreadPool m_pool;
};
