// The invariant that matters most: for every resource and instant, held + confirmed + in-use
// quantities never exceed the capacity; adjacent periods do not overlap.
#include "testbackend.h"

#include <QRandomGenerator>
#include <QTest>

class TestCapacity final : public QObject
{
    Q_OBJECT

private:
    static QString code(const Result<Reservation> &r) { return r.ok() ? QString() : r.error().code; }

private Q_SLOTS:
    void singleUnitOverlapsAreRefused_data()
    {
        QTest::addColumn<int>("startDay");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("accepted");
        // The existing booking covers days [10, 13).
        QTest::newRow("same period") << 10 << 3 << false;
        QTest::newRow("inside") << 11 << 1 << false;
        QTest::newRow("enclosing") << 9 << 5 << false;
        QTest::newRow("overlapping start") << 8 << 3 << false;
        QTest::newRow("overlapping end") << 12 << 3 << false;
        QTest::newRow("adjacent before") << 7 << 3 << true;
        QTest::newRow("adjacent after") << 13 << 2 << true;
        QTest::newRow("far away") << 30 << 2 << true;
    }

    void singleUnitOverlapsAreRefused()
    {
        QFETCH(int, startDay);
        QFETCH(int, days);
        QFETCH(bool, accepted);
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        QVERIFY(t.hold(t.request(car, c, 10, 3)).ok());
        const QStringList before = t.snapshot();
        auto second = t.hold(t.request(car, c, startDay, days));
        QCOMPARE(second.ok(), accepted);
        if (!accepted) {
            QCOMPARE(code(second), QStringLiteral("capacity_conflict"));
            QCOMPARE(t.snapshot(), before);
        }
    }

    void quantitiesAddUpOnlyWhenSimultaneous()
    {
        TestBackend t;
        const Resource hall = t.addResource(Profile::Item, 3, 5'000, PricingUnit::PerDay);
        const Customer c = t.addCustomer();
        // A [0,2) ×1, B [2,4) ×1, C [1,3) ×1: at most two at once, though all three touch [0,4).
        QVERIFY(t.hold(t.request(hall, c, 0, 2, 1)).ok());
        QVERIFY(t.hold(t.request(hall, c, 2, 2, 1)).ok());
        QVERIFY(t.hold(t.request(hall, c, 1, 2, 1)).ok());
        QCOMPARE(code(t.hold(t.request(hall, c, 0, 4, 2))), QStringLiteral("capacity_conflict"));
        QVERIFY(t.hold(t.request(hall, c, 0, 4, 1)).ok()); // peak 2 + 1 = 3
        QCOMPARE(code(t.hold(t.request(hall, c, 1, 1, 1))), QStringLiteral("capacity_conflict"));
        QVERIFY(t.hold(t.request(hall, c, 4, 1, 3)).ok()); // adjacent to everything
        QCOMPARE(code(t.hold(t.request(hall, c, 0, 1, 4))), QStringLiteral("capacity_conflict"));
    }

    void finishedBookingsReleaseCapacity()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        auto first = t.hold(t.request(car, c, 1, 2)).value();
        QCOMPARE(code(t.hold(t.request(car, c, 1, 2))), QStringLiteral("capacity_conflict"));
        QVERIFY(TestBackend::await(t.reservations().cancel(first.id)).ok());
        auto second = t.hold(t.request(car, c, 1, 2)).value();
        t.clock().advance(t.backend().executor().settings().holdSeconds + 1);
        QCOMPARE(TestBackend::await(t.reservations().expireDueHolds()).value(), 1);
        auto third = t.hold(t.request(car, c, 1, 2));
        QVERIFY(third.ok());
        QCOMPARE(t.reload(second.id).status, ReservationStatus::Expired);
        // Paid, used and returned: free again.
        QVERIFY(TestBackend::await(t.reservations().pay({third->id, PaymentMethod::Cash, {}, {}, {}})).ok());
        QVERIFY(TestBackend::await(t.reservations().startFulfilment(third->id)).ok());
        QCOMPARE(code(t.hold(t.request(car, c, 1, 2))), QStringLiteral("capacity_conflict"));
        QVERIFY(TestBackend::await(t.reservations().finishFulfilment(third->id)).ok());
        QVERIFY(t.hold(t.request(car, c, 1, 2)).ok());
    }

    void availabilityAgreesWithHolding()
    {
        TestBackend t;
        QRandomGenerator random(20261122);
        QList<Resource> resources;
        for (int i = 0; i < 6; ++i)
            resources << t.addResource(Profile::Product, 1 + i, 1'000, PricingUnit::PerDay,
                                       QStringLiteral("Product %1").arg(i));
        const Customer c = t.addCustomer();
        for (int i = 0; i < 120; ++i) {
            const Resource &r = resources.at(random.bounded(int(resources.size())));
            (void)t.hold(t.request(r, c, random.bounded(40), 1 + random.bounded(5), 1 + random.bounded(3)));
        }
        for (int probe = 0; probe < 40; ++probe) {
            const qint64 startDay = random.bounded(40);
            const qint64 days = 1 + random.bounded(4);
            const Period period{TestBackend::StartTime + startDay * TestBackend::Day,
                                TestBackend::StartTime + (startDay + days) * TestBackend::Day};
            const auto offered = TestBackend::await(t.inventory().availability(period, 1)).value();
            for (const Resource &r : resources) {
                auto it = std::find_if(offered.cbegin(), offered.cend(),
                                       [&r](const Availability &a) { return a.resourceId == r.id; });
                const int free = it == offered.cend() ? 0 : it->free;
                // One more than free is refused, exactly free is accepted (then undone).
                QCOMPARE(code(t.hold(t.request(r, c, startDay, days, free + 1))),
                         QStringLiteral("capacity_conflict"));
                if (free > 0) {
                    auto held = t.hold(t.request(r, c, startDay, days, free));
                    QVERIFY(held.ok());
                    QCOMPARE(it->price.minor, 1'000 * days); // priced for the quantity asked (1)
                    QVERIFY(TestBackend::await(t.reservations().cancel(held->id)).ok());
                }
            }
        }
    }

    void concurrentHoldsForTheLastUnit()
    {
        TestBackend t;
        const Resource taxi = t.addResource(Profile::Taxi, 3, 20'000, PricingUnit::PerBooking);
        const Customer c = t.addCustomer();
        QList<QFuture<Result<Reservation>>> futures;
        for (int i = 0; i < 20; ++i) // all submitted before any runs
            futures << t.reservations().hold(t.request(taxi, c, 2, 1));
        int accepted = 0;
        for (auto &f : futures) {
            auto r = TestBackend::await(f);
            if (r)
                ++accepted;
            else
                QCOMPARE(r.error().code, QStringLiteral("capacity_conflict"));
        }
        QCOMPARE(accepted, 3);
    }

    void lowerCapacityBelowBookingsIsRefused()
    {
        TestBackend t;
        const Resource hall = t.addResource(Profile::Exhibition, 10, 5'000, PricingUnit::PerSeat);
        const Customer c = t.addCustomer();
        QVERIFY(t.hold(t.seats(hall, c, 6)).ok());
        ResourceDraft smaller = hall.data;
        smaller.capacity = 5;
        const QStringList before = t.snapshot();
        auto refused = TestBackend::await(t.inventory().updateResource(hall.id, smaller, hall.version));
        QCOMPARE(refused.error().code, QStringLiteral("capacity_below_bookings"));
        QCOMPARE(t.snapshot(), before);
        smaller.capacity = 6;
        QVERIFY(TestBackend::await(t.inventory().updateResource(hall.id, smaller, hall.version)).ok());
    }
};

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
