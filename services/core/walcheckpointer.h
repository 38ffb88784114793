#pragma once

#include "storage/connection.h"

#include <QObject>

class QTimer;

// Folds the write-ahead log back into the database file from its own thread and connection,
// so that no booking's commit pays for a checkpoint (SQLite's automatic checkpoint runs
// inside the commit that crosses the threshold: a p99 spike of tens of milliseconds). The
// writer turns its automatic checkpoint off; a crash loses nothing, the WAL is replayed.
class WalCheckpointer final : public QObject
{
    Q_OBJECT

public:
    explicit WalCheckpointer(DatabaseOptions options, QObject *parent = nullptr);
    ~WalCheckpointer() override;

public Q_SLOTS:
    // Runs on the checkpointer's thread.
    void start(int intervalMs);
    void stop();
    // Something was committed: checkpoint at the next tick.
    void markDirty() { m_dirty = true; }

private:
    void checkpoint();

    DatabaseOptions m_options;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    bool m_dirty = false;
};
