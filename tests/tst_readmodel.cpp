// The My-bookings read model (CQRS): fed only from the event log, it shows each booking's
// current state and timeline, and a rebuild from the log gives exactly the live model.
#include "core/eventlog.h"
#include "queries/mybookingsquery.h"
#include "storage/sqlquery.h"
#include "testbackend.h"

#include <QTest>

class TestReadModel final : public QObject
{
    Q_OBJECT

private:
    static QList<MyBooking> everything(TestBackend &t)
    {
        return TestBackend::await(t.backend().readers().read<Result<QList<MyBooking>>>(
                                      [](const QSqlDatabase &db) { return mybookingsquery::all(db); }))
            .value();
    }

    // A little of everything: paid, cancelled, used, expired, force-cancelled bookings.
    static void playScenario(TestBackend &t, Customer &kim, Customer &lee)
    {
        const Resource car = t.addResource(Profile::Car, 1, 50'000);
        const Resource van = t.addResource(Profile::Car, 1, 80'000, PricingUnit::PerDay, QStringLiteral("Staria"));
        kim = t.addCustomer(QStringLiteral("김민지"));
        lee = t.addCustomer(QStringLiteral("Lee Jun"));
        const Reservation a = t.hold(t.request(car, kim, 1, 2)).value();
        (void)t.payByCard(a.id);
        TestBackend::must(t.reservations().startFulfilment(a.id));
        TestBackend::must(t.reservations().finishFulfilment(a.id));
        const Reservation b = t.hold(t.request(car, lee, 5, 1)).value();
        (void)t.payByCard(b.id, QStringLiteral("tok_decline"));
        (void)t.payByCard(b.id);
        TestBackend::must(t.reservations().cancel(b.id));
        (void)t.hold(t.request(car, kim, 7, 1)).value();
        t.clock().advance(t.backend().executor().settings().holdSeconds + 1);
        TestBackend::must(t.reservations().expireDueHolds());
        const Reservation d = t.hold(t.request(van, lee, 2, 3)).value();
        (void)t.payByCard(d.id);
        TestBackend::must(t.inventory().retire(van.id));
    }

private Q_SLOTS:
    void showsCurrentStateAndTimeline()
    {
        TestBackend t;
        Customer kim, lee;
        playScenario(t, kim, lee);
        const auto kims = TestBackend::await(t.customers().myBookings(kim.id)).value();
        QCOMPARE(kims.size(), 2);
        for (const MyBooking &b : kims)
            QCOMPARE(b.customerId, kim.id);
        const MyBooking &completed = kims.at(1); // newest period first
        QCOMPARE(completed.status, QStringLiteral("completed"));
        QCOMPARE(completed.paymentStatus, QStringLiteral("approved"));
        QCOMPARE(completed.amount.minor, 100'000);
        QStringList steps;
        for (const TimelineEntry &e : completed.timeline)
            steps << e.eventType;
        QCOMPARE(steps, (QStringList{QStringLiteral("ReservationHeld"), QStringLiteral("PaymentApproved"),
                                     QStringLiteral("ReservationConfirmed"), QStringLiteral("FulfilmentStarted"),
                                     QStringLiteral("FulfilmentFinished")}));
        QCOMPARE(kims.at(0).status, QStringLiteral("expired"));

        const auto lees = TestBackend::await(t.customers().myBookings(lee.id)).value();
        QCOMPARE(lees.size(), 2);
        QCOMPARE(lees.at(0).status, QStringLiteral("cancelled"));
        QCOMPARE(lees.at(0).paymentStatus, QStringLiteral("refunded"));
        QCOMPARE(lees.at(1).status, QStringLiteral("force_cancelled"));
        QCOMPARE(lees.at(1).resourceName, QStringLiteral("Staria"));
    }

    void rebuildEqualsTheLiveModel()
    {
        TestBackend t;
        Customer kim, lee;
        playScenario(t, kim, lee);
        const auto live = everything(t);
        QCOMPARE(live.size(), 4);
        auto replayed = TestBackend::await(t.customers().rebuildMyBookings());
        QVERIFY(replayed.ok());
        QVERIFY(replayed.value() > 20);
        QCOMPARE(everything(t), live);
    }

    void rebuildRepairsADamagedModel()
    {
        TestBackend t;
        Customer kim, lee;
        playScenario(t, kim, lee);
        const auto live = everything(t);
        TestBackend::must(t.backend().executor().execute<bool>([](CommandContext &c) -> Result<bool> {
            RD_TRY(SqlQuery(c.db, QStringLiteral("DELETE FROM my_booking_timeline WHERE event_seq % 2 = 0")).exec());
            RD_TRY(SqlQuery(c.db, QStringLiteral("UPDATE my_bookings SET status = 'garbage'")).exec());
            return true;
        }));
        QVERIFY(everything(t) != live);
        QVERIFY(TestBackend::await(t.customers().rebuildMyBookings()).ok());
        QCOMPARE(everything(t), live);
    }

    void everyChangeIsInTheLogInOrder()
    {
        TestBackend t;
        Customer kim, lee;
        playScenario(t, kim, lee);
        const auto log = TestBackend::await(t.backend().readers().read<Result<QList<DomainEvent>>>(
                                                [](const QSqlDatabase &db) { return EventLog::read(db, 0, 1000); }))
                             .value();
        QVERIFY(log.size() > 20);
        for (int i = 1; i < log.size(); ++i) {
            QVERIFY(log.at(i).seq > log.at(i - 1).seq);
            QVERIFY(log.at(i).occurredAt >= log.at(i - 1).occurredAt);
            QVERIFY(!log.at(i).id.isNull());
        }
        QCOMPARE(log.first().type, QStringLiteral("ResourceRegistered"));
    }
};

QTEST_GUILESS_MAIN(TestReadModel)
#include "tst_readmodel.moc"
