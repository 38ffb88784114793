#pragma once

#include "sync/syncsettings.h"

#include <QObject>

class Backend;
class QThread;
class SyncWorker;

// Keeps this counter and the server in step (DESIGN.md §4), on its own thread: it pushes
// the outbox in batches, applies the answers, pulls the server's changes after its cursor,
// and then waits on the server (long poll) until something changes here or there. Any
// failure is retried with a growing pause. Everything it writes goes through the Backend's
// command thread, in one transaction per step, so it resumes where it stopped after a crash.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Backend &backend, SyncSettings settings, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    // Tries again at once (staff pressed "Sync now"): a pending retry or a long poll that
    // waits for the server is cut short.
    void syncNow();
    // From now on as the account `token` belongs to (see SyncWorker::useToken).
    void useToken(const QByteArray &token);
    QString device() const { return m_device; }
    SyncStatus status() const { return m_status; }
    QUrl server() const { return m_server; }

Q_SIGNALS:
    void statusChanged(const SyncStatus &status);
    // Nothing left to push and the last pull brought everything the server had.
    void caughtUp();

private:
    QThread *m_thread;
    SyncWorker *m_worker; // lives on m_thread
    SyncStatus m_status;
    QUrl m_server;
    QString m_device;
};
