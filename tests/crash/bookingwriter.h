#pragma once

#include "domain/result.h"

#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QUuid>

class Backend;

// The crash test's victim: keeps the service thread busy with holds and cash payments on one
// database, several commands queued at all times, and reports every write on stdout the
// moment its future resolves, that is after its transaction committed ("committed <id>",
// "paid <id>"). Each line goes out in one unbuffered write, so whatever the test has read
// when it kills the process was acknowledged. Any refusal ends the process with exit code 2.
class BookingWriter final : public QObject
{
    Q_OBJECT

public:
    explicit BookingWriter(Backend &backend, QObject *parent = nullptr);

    // Reuses the resource and the customer an earlier run left in the database, or makes
    // them. Blocks: the writer is a console process with nothing else to keep alive.
    Result<void> prepare();
    // Queues `inFlight` commands; every resolved one is replaced by the next, for ever.
    void start(int inFlight);

private:
    void submitHold();
    void submitPayment(const QUuid &reservationId);
    void report(QByteArrayView what, const QUuid &id);
    void fail(const Error &error);

    Backend &m_backend;
    QFile m_out;
    QRandomGenerator m_random;
    QUuid m_resourceId;
    QUuid m_customerId;
    quint64 m_held = 0;
    bool m_failed = false;
};
