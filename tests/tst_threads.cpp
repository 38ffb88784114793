// The threading contract: calls from the GUI thread return at once with a future; commands
// run one at a time on the service thread, reads on reader threads; results and change
// signals arrive on the caller's thread through its event loop.
#include "testbackend.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// How strongly the scheduler favours the calling thread: higher wins a contested core.
int schedulingWeight()
{
#if defined(Q_OS_LINUX)
    return -getpriority(PRIO_PROCESS, id_t(gettid())); // the thread's own nice value, negated
#else
    return int(QThread::currentThread()->priority());
#endif
}

struct WorkerWeights
{
    int service;
    int reader;
};

WorkerWeights workerWeights(TestBackend &t)
{
    const auto service = TestBackend::await(
        t.backend().executor().execute<int>([](CommandContext &) -> Result<int> { return schedulingWeight(); }));
    const int reader = TestBackend::await(
        t.backend().readers().read<int>([](const QSqlDatabase &) { return schedulingWeight(); }));
    return {service.value(), reader};
}

} // namespace

class TestThreads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsReturnAtOnceAndResultsArriveBySignal()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();

        // Park the service thread so nothing submitted can run yet.
        QSemaphore entered, release;
        auto parked = t.backend().executor().execute<bool>([&](CommandContext &) -> Result<bool> {
            entered.release();
            release.acquire();
            return true;
        });
        entered.acquire();

        QSignalSpy changed(&t.backend().executor(), &CommandExecutor::changed);
        QFuture<Result<Reservation>> future = t.reservations().hold(t.request(car, c, 1, 1));
        QVERIFY(!future.isFinished()); // returned without waiting for SQL
        QCOMPARE(changed.count(), 0);

        bool continued = false;
        QThread *continuationThread = nullptr;
        auto continuation = future.then(this, [&](const Result<Reservation> &r) {
            continued = r.ok();
            continuationThread = QThread::currentThread();
        });
        release.release();
        // The continuation runs here, through this thread's event loop.
        QTRY_VERIFY(continued);
        QCOMPARE(continuationThread, QThread::currentThread());
        // The change was announced before the future resolved.
        QCOMPARE(changed.count(), 1);
        const ChangeSet changes = changed.first().first().value<ChangeSet>();
        QVERIFY(changes.reservations.contains(future.result().value().id));
        QVERIFY(changes.resources.contains(car.id));
        QVERIFY(changes.lastEventSeq > 0);
        QVERIFY(parked.result().ok());
    }

    void commandsRunOnTheServiceThreadOneAtATime()
    {
        TestBackend t;
        QThread *const gui = QThread::currentThread();
        std::atomic<int> running{0};
        std::atomic<int> overlaps{0};
        QList<QFuture<Result<QThread *>>> futures;
        for (int i = 0; i < 50; ++i) {
            futures << t.backend().executor().execute<QThread *>([&](CommandContext &) -> Result<QThread *> {
                if (running.fetch_add(1) != 0)
                    ++overlaps;
                QThread *here = QThread::currentThread();
                running.fetch_sub(1);
                return here;
            });
        }
        QSet<QThread *> threads;
        for (auto &f : futures)
            threads.insert(TestBackend::await(f).value());
        QCOMPARE(threads.size(), 1);
        QVERIFY(!threads.contains(gui));
        QCOMPARE(*threads.cbegin(), t.backend().executor().thread());
        QCOMPARE(overlaps.load(), 0);
    }

    void readsRunOnReaderThreadsBesideAWriter()
    {
        TestBackend t;
        t.addResource(Profile::Car);
        QSemaphore entered, release;
        auto writer = t.backend().executor().execute<bool>([&](CommandContext &) -> Result<bool> {
            entered.release();
            release.acquire(); // holds the write transaction open
            return true;
        });
        entered.acquire();
        QThread *const gui = QThread::currentThread();
        auto read = t.backend().readers().read<std::pair<QThread *, qint64>>([](const QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM resources"));
            q.next();
            return std::make_pair(QThread::currentThread(), q.value(0).toLongLong());
        });
        // WAL: the reader is not blocked by the open write transaction.
        read.waitForFinished();
        QVERIFY(read.result().first != gui);
        QVERIFY(read.result().first != t.backend().executor().thread());
        QCOMPARE(read.result().second, 1);
        release.release();
        QVERIFY(TestBackend::await(writer).ok());
    }

    void desktopWorkersGiveWayToTheGuiThread()
    {
        const int gui = schedulingWeight();
        TestBackend desktop({}, WorkerPriority::BelowInteractive);
        const WorkerWeights lowered = workerWeights(desktop);
        QVERIFY2(lowered.service < gui, qPrintable(QStringLiteral("%1 vs %2").arg(lowered.service).arg(gui)));
        QVERIFY2(lowered.reader < gui, qPrintable(QStringLiteral("%1 vs %2").arg(lowered.reader).arg(gui)));
        QCOMPARE(schedulingWeight(), gui); // the caller's own thread is left alone

        TestBackend server; // a server's workers are its work: they keep the caller's weight
        const WorkerWeights kept = workerWeights(server);
        QCOMPARE(kept.service, gui);
        QCOMPARE(kept.reader, gui);
    }

    void failedCommandsEmitNoChange()
    {
        TestBackend t;
        QSignalSpy changed(&t.backend().executor(), &CommandExecutor::changed);
        auto refused = TestBackend::await(t.reservations().cancel(QUuid::createUuid()));
        QCOMPARE(refused.error().code, QStringLiteral("unknown_reservation"));
        QCOMPARE(changed.count(), 0);
        // A later successful command's signal is the first one, sent before its future resolved.
        t.addCustomer();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<ChangeSet>().customers.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestThreads)
#include "tst_threads.moc"
