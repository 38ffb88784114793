#pragma once

#include "sync/syncengine.h"
#include "testbackend.h"

#include <QUrl>

#include <memory>

// One counter of a sync test: its own SQLite database (a TestBackend that keeps an outbox)
// and, while connected, a sync engine talking to the test's server as the demo clerk.
class SyncedCounter final
{
public:
    SyncedCounter(const QString &device, QUrl server, int pushBatch = 500);

    TestBackend &local() { return m_local; }
    void connectToServer();
    void disconnect() { m_engine.reset(); }
    SyncEngine *engine() { return m_engine.get(); }
    // Connects if needed and waits until nothing is left to push and the last pull is done.
    bool syncNow();

    Resource anyResourceWithCapacity(int capacity);
    Customer anyCustomer();
    QList<Resource> bookableResources(int capacity);
    ReservationStatus status(const QUuid &reservationId);
    // "id status payment-status" of every reservation, sorted: equal on converged devices.
    QStringList reservationStates();
    qint64 outboxSize();
    qint64 conflicts();

private:
    QString m_device;
    QUrl m_server;
    int m_pushBatch;
    TestBackend m_local;
    std::unique_ptr<SyncEngine> m_engine;
};
