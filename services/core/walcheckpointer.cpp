#include "core/walcheckpointer.h"

#include "storage/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

WalCheckpointer::WalCheckpointer(DatabaseOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_connectionName(QStringLiteral("checkpointer-%1").arg(quintptr(this), 0, 16))
{
}

WalCheckpointer::~WalCheckpointer() = default;

void WalCheckpointer::start(int intervalMs)
{
    if (m_options.isPostgreSql())
        return; // SQLite's write-ahead log only; PostgreSQL checkpoints by itself
    if (auto opened = connection::open(m_connectionName, m_options); !opened) {
        // The writer still works; the log only grows until the last connection closes.
        qCWarning(lcDb) << "the checkpointer cannot open the database:" << opened.error().message;
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
    m_timer->start(intervalMs);
}

void WalCheckpointer::stop()
{
    if (!m_timer)
        return;
    m_timer->stop();
    checkpoint();
    connection::close(m_connectionName);
    m_timer = nullptr;
}

void WalCheckpointer::checkpoint()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // PASSIVE never waits for readers or the writer; what it cannot copy now waits for later.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcDb) << "checkpoint failed:" << query.lastError().text();
}
