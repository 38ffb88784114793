// Offline-first sync against a real rentaldesk-server process on loopback (issue 4): counters
// that booked offline converge on the server's truth, a refused booking is Rejected
// everywhere, and a server killed in the middle of a push loses nothing and applies nothing
// twice.
#include "serverprocess.h"
#include "syncedcounter.h"


#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

class TestSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString serverDatabase() const { return m_dir.filePath(QStringLiteral("server-%1.sqlite").arg(QLatin1StringView(QTest::currentTestFunction()))); }

    // Runs `sql` on a database file another process owns (or owned until it was killed: a
    // writable connection recovers its write-ahead log), as a third process would.
    static QVariantList column(const QString &path, const QString &sql)
    {
        QVariantList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(sql))
                while (query.next())
                    values.append(query.value(0));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return values;
    }

    // "id status payment-status" of every reservation in a database file, sorted.
    static QStringList statesIn(const QString &path)
    {
        QStringList states;
        const QVariantList rows = column(path, QStringLiteral("SELECT id || ' ' || status || ' ' || payment_status "
                                                              "FROM reservations ORDER BY id"));
        for (const QVariant &row : rows)
            states.append(row.toString());
        return states;
    }

    static qint64 numberIn(const QString &path, const QString &sql)
    {
        const QVariantList rows = column(path, sql);
        return rows.isEmpty() ? -1 : rows.first().toLongLong();
    }

    // The `receiving` figure of every status line a counter process printed, in order.
    static QList<qint64> receivingIn(const QString &output)
    {
        static const QRegularExpression figure(QStringLiteral("^status .*receiving=(\\d+)"), QRegularExpression::MultilineOption);
        QList<qint64> figures;
        for (auto match = figure.globalMatch(output); match.hasNext();)
            figures.append(match.next().captured(1).toLongLong());
        return figures;
    }

    static QString stateOf(const QStringList &states, const QUuid &id)
    {
        const QString prefix = id.toString(QUuid::WithoutBraces) + QLatin1Char(' ');
        for (const QString &state : states)
            if (state.startsWith(prefix))
                return state.mid(prefix.size());
        return {};
    }

private Q_SLOTS:
    void twoCountersOfflineBookTheLastUnitAndExactlyOneStands()
    {
        ServerProcess server(ServerProcess::sqlite(serverDatabase()));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("car")}), qPrintable(server.output()));
        SyncedCounter a(QStringLiteral("counter-a"), server.url());
        SyncedCounter b(QStringLiteral("counter-b"), server.url());
        // Both learn the shop's cars and customers, then go offline.
        QVERIFY(a.syncNow());
        QVERIFY(b.syncNow());
        a.disconnect();
        b.disconnect();

        const Resource car = a.anyResourceWithCapacity(1);
        const Customer customer = a.anyCustomer();
        const auto heldA = a.local().hold(a.local().request(car, customer, 400, 2));
        const auto heldB = b.local().hold(b.local().request(car, customer, 400, 2));
        QVERIFY(heldA.ok());
        QVERIFY(heldB.ok()); // offline, each counter only sees its own booking
        QCOMPARE(a.outboxSize(), 1);

        QVERIFY(a.syncNow());
        QVERIFY(b.syncNow());

        // B's booking came second: refused by the server, Rejected here at once, a conflict.
        QCOMPARE(b.status(heldB.value().id), ReservationStatus::Rejected);
        QCOMPARE(b.status(heldA.value().id), ReservationStatus::Held);
        QCOMPARE(b.conflicts(), 1);
        QTRY_COMPARE(b.engine()->status().conflicts, 1);
        QCOMPARE(b.outboxSize(), 0);
        // A, still connected, hears of it through its long poll.
        QTRY_COMPARE_WITH_TIMEOUT(a.status(heldB.value().id), ReservationStatus::Rejected, 10'000);
        QCOMPARE(a.status(heldA.value().id), ReservationStatus::Held);
        QCOMPARE(a.conflicts(), 0);

        const QStringList onServer = statesIn(serverDatabase());
        QCOMPARE(stateOf(onServer, heldA.value().id), QStringLiteral("0 0"));
        QCOMPARE(stateOf(onServer, heldB.value().id), QStringLiteral("7 0"));
        QCOMPARE(a.reservationStates(), onServer);
        QTRY_COMPARE(b.reservationStates(), onServer);
    }

    // A taxi trip's pickup and destination, and the taxi the dispatcher sent, go with the
    // booking to the server and from it to the other counters.
    void aTaxiTripAndTheTaxiSentReachEveryCounter()
    {
        ServerProcess server(ServerProcess::sqlite(serverDatabase()));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("taxi")}), qPrintable(server.output()));
        SyncedCounter a(QStringLiteral("counter-a"), server.url());
        SyncedCounter b(QStringLiteral("counter-b"), server.url());
        QVERIFY(a.syncNow());
        QVERIFY(b.syncNow());
        a.disconnect(); // dispatched offline, told to the server later

        const Resource taxiClass = a.bookableResources(12).constFirst();
        const QList<Taxi> fleet = taxifleet::of(taxiClass.data.attributes);
        QCOMPARE(fleet.size(), 12);
        TestBackend &counter = a.local();
        const Reservation held = counter.hold(counter.request(taxiClass, a.anyCustomer(), 400, 1)).value();
        TestBackend::must(counter.reservations().pay({held.id, PaymentMethod::Cash, {}, {}, {}}));
        TestBackend::must(counter.reservations().confirm(held.id));
        TestBackend::must(counter.reservations().startFulfilment(held.id, fleet.at(3).plate));
        QVERIFY(a.syncNow());
        QVERIFY(b.syncNow());

        const Reservation there = b.local().reload(held.id);
        QCOMPARE(there.status, ReservationStatus::InUse);
        QCOMPARE(there.details.value(QStringLiteral("pickup")).toString(), QStringLiteral("Seoul Station"));
        QCOMPARE(taxifleet::assigned(there), std::optional(fleet.at(3)));
        const QVariantList onServer = column(serverDatabase(), QStringLiteral("SELECT details FROM reservations WHERE id = '%1'")
                                                                   .arg(held.id.toString(QUuid::WithoutBraces)));
        QCOMPARE(onServer.size(), 1);
        QVERIFY2(onServer.first().toString().contains(fleet.at(3).plate), qPrintable(onServer.first().toString()));
    }

    void aServerKilledDuringAPushLosesNothingAndAppliesNothingTwice()
    {
        ServerProcess server(ServerProcess::sqlite(serverDatabase()));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("car")}), qPrintable(server.output()));
        SyncedCounter a(QStringLiteral("counter-a"), server.url(), 10);
        QVERIFY(a.syncNow());
        a.disconnect();

        const Resource car = a.anyResourceWithCapacity(1);
        const Customer customer = a.anyCustomer();
        constexpr int Bookings = 300;
        for (int i = 0; i < Bookings; ++i)
            QVERIFY(a.local().hold(a.local().request(car, customer, 400 + 2 * i, 1)).ok());
        QCOMPARE(a.outboxSize(), Bookings);

        // Kill the server as soon as the first batch has been answered, with more to come.
        a.connectToServer();
        bool killed = false;
        QObject::connect(a.engine(), &SyncEngine::statusChanged, a.engine(), [&](const SyncStatus &status) {
            if (!killed && status.pending > 0 && status.pending < Bookings) {
                killed = true;
                server.kill();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(killed, 30'000);
        QVERIFY(a.outboxSize() > 0);
        QVERIFY2(server.start({}, server.port()), qPrintable(server.output()));
        QVERIFY(a.syncNow());

        QCOMPARE(a.outboxSize(), 0);
        QCOMPARE(a.conflicts(), 0); // a command applied twice would be a duplicate_id conflict
        const QStringList onServer = statesIn(serverDatabase());
        QCOMPARE(a.reservationStates(), onServer);
        QVERIFY(onServer.size() >= Bookings);
    }

    void aCounterKilledDuringAPullResumesFromItsCursor()
    {
        ServerProcess server(ServerProcess::sqlite(serverDatabase()));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("car")}), qPrintable(server.output()));
        const QString counterDatabase = m_dir.filePath(QStringLiteral("killed-counter.sqlite"));
        const QStringList arguments{counterDatabase, server.url().toString(), QStringLiteral("counter-k"),
                                    QStringLiteral("20")};
        QProcess counter;
        counter.start(QStringLiteral(SYNC_COUNTER_PATH), arguments);
        QVERIFY(counter.waitForStarted());
        // The first page is in: kill it while it goes on pulling (20 changes a page).
        QString seen;
        while (!seen.contains(QLatin1String("status")) && counter.waitForReadyRead(30'000))
            seen += QString::fromUtf8(counter.readAllStandardOutput());
        QVERIFY2(!seen.contains(QLatin1String("caught up")), qPrintable(seen));
        // While it catches up, it says how much is still to come.
        const qint64 logged = numberIn(serverDatabase(), QStringLiteral("SELECT MAX(seq) FROM change_log"));
        const QList<qint64> toComeAtFirst = receivingIn(seen);
        QVERIFY2(!toComeAtFirst.isEmpty() && toComeAtFirst.first() > 0 && toComeAtFirst.first() < logged, qPrintable(seen));
        ::kill(pid_t(counter.processId()), SIGKILL);
        QVERIFY(counter.waitForFinished());
        const qint64 cursorAtKill = numberIn(counterDatabase, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_pull_cursor'"));
        QVERIFY2(cursorAtKill > 0, qPrintable(seen));
        QVERIFY(cursorAtKill < logged);

        counter.start(QStringLiteral(SYNC_COUNTER_PATH), arguments);
        QVERIFY(counter.waitForFinished(60'000));
        QCOMPARE(counter.exitCode(), 0);
        // What is still to come only shrinks, from at most what the cursor left. (A status is
        // printed once its counts are read, so a short pull may end before any is.)
        const QString resumed = QString::fromUtf8(counter.readAllStandardOutput());
        const QList<qint64> toCome = receivingIn(resumed);
        QVERIFY2(toCome.isEmpty() || toCome.first() <= logged - cursorAtKill, qPrintable(resumed));
        QVERIFY2(std::is_sorted(toCome.crbegin(), toCome.crend()), qPrintable(resumed));
        QCOMPARE(statesIn(counterDatabase), statesIn(serverDatabase()));
        QVERIFY(numberIn(counterDatabase, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_pull_cursor'")) > cursorAtKill);
    }

    void aPageThatCannotBeAppliedIsPulledAgainAndThePageFetchedAheadDropped()
    {
        ServerProcess server(ServerProcess::sqlite(serverDatabase()));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("car")}), qPrintable(server.output()));
        const QString counterDatabase = m_dir.filePath(QStringLiteral("locked-counter.sqlite"));
        QProcess counter;
        counter.start(QStringLiteral(SYNC_COUNTER_PATH), {counterDatabase, server.url().toString(),
                                                          QStringLiteral("counter-l"), QStringLiteral("5")});
        QVERIFY(counter.waitForStarted());
        QString seen;
        while (!seen.contains(QLatin1String("status")) && counter.waitForReadyRead(30'000))
            seen += QString::fromUtf8(counter.readAllStandardOutput());
        QVERIFY2(!seen.contains(QLatin1String("caught up")), qPrintable(seen));

        // Another process holds the counter's database: the page being applied (the next one
        // already asked for) cannot be written, and the counter reports why.
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            lock.setDatabaseName(counterDatabase);
            lock.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(lock.open());
            QSqlQuery exclusive(lock);
            // Tried again at once rather than through SQLite's busy handler, which sleeps
            // between tries: the counter applies its pages back to back, and the lock is free
            // only for the moment between two of them.
            QDeadlineTimer deadline(30'000);
            bool locked = false;
            while (!locked && !deadline.hasExpired())
                locked = exclusive.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            QVERIFY2(locked, qPrintable(exclusive.lastError().text()));
            const QRegularExpression failed(QStringLiteral("error=\\S"));
            while (!failed.match(seen).hasMatch() && !seen.contains(QLatin1String("caught up"))
                   && counter.waitForReadyRead(60'000))
                seen += QString::fromUtf8(counter.readAllStandardOutput());
            QVERIFY2(failed.match(seen).hasMatch(), qPrintable(seen));
            QVERIFY(exclusive.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));

        // Released: it pulls again from the last page it applied, and skips nothing.
        QVERIFY(counter.waitForFinished(60'000));
        QCOMPARE(counter.exitCode(), 0);
        QCOMPARE(statesIn(counterDatabase), statesIn(serverDatabase()));
        QCOMPARE(numberIn(counterDatabase, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_pull_cursor'")),
                 numberIn(serverDatabase(), QStringLiteral("SELECT MAX(seq) FROM change_log")));
    }

    void threeCountersWithTenThousandOfflineChangesEachConverge()
    {
        ServerProcess server(ServerProcess::sqlite(serverDatabase()));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("car")}), qPrintable(server.output()));
        std::vector<std::unique_ptr<SyncedCounter>> counters;
        for (const char *device : {"counter-a", "counter-b", "counter-c"}) {
            counters.push_back(std::make_unique<SyncedCounter>(QString::fromLatin1(device), server.url()));
            QVERIFY(counters.back()->syncNow());
            counters.back()->disconnect();
        }
        // Offline, each counter books every car again and again, a day after the counter
        // before it: b's bookings overlap a's (refused), c's overlap only b's (accepted).
        const QList<Resource> cars = counters.front()->bookableResources(1);
        const Customer customer = counters.front()->anyCustomer();
        constexpr int ChangesPerCounter = 10'000;
        for (std::size_t c = 0; c < counters.size(); ++c) {
            TestBackend &local = counters[c]->local();
            QList<QFuture<Result<Reservation>>> holds;
            for (int i = 0; i < ChangesPerCounter; ++i) {
                const Resource &car = cars.at(i % cars.size());
                const qint64 day = 500 + (i / cars.size()) * 4 + qint64(c); // 2 days: overlaps the neighbour's
                holds.append(local.reservations().hold(local.request(car, customer, day, 2)));
            }
            for (auto &hold : holds)
                hold.waitForFinished();
            QCOMPARE(counters[c]->outboxSize(), ChangesPerCounter); // none overlaps its own
        }
        for (auto &counter : counters)
            QVERIFY(counter->syncNow());
        const QStringList onServer = statesIn(serverDatabase());
        const auto rejectedFrom = [this](const char *device) {
            return numberIn(serverDatabase(), QStringLiteral("SELECT COUNT(*) FROM reservations WHERE status = 7 "
                                                             "AND origin_device = '%1'").arg(QLatin1StringView(device)));
        };
        QCOMPARE(rejectedFrom("counter-a"), 0);
        QCOMPARE(rejectedFrom("counter-b"), qint64(ChangesPerCounter));
        QCOMPARE(rejectedFrom("counter-c"), 0);
        for (auto &counter : counters) {
            QTRY_COMPARE_WITH_TIMEOUT(counter->reservationStates(), onServer, 30'000);
            QCOMPARE(counter->outboxSize(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
