// Policies that react to events: force-cancel on retirement, hold expiry, refunds on cancel,
// confirmation once paid (not for taxis), the deferred-payment fallback.
#include "api/holdexpiryscheduler.h"
#include "storage/notificationrepository.h"
#include "testbackend.h"

#include <QSignalSpy>
#include <QTest>

class TestPolicies final : public QObject
{
    Q_OBJECT

private:
    static PaymentRequest cash(const QUuid &id) { return {id, PaymentMethod::Cash, {}, {}, {}}; }

    static QList<Notification> notificationsOf(TestBackend &t, const QUuid &reservationId)
    {
        return TestBackend::await(t.backend().readers().read<Result<QList<Notification>>>(
                                      [reservationId](const QSqlDatabase &db) {
                                          return notificationrepository::forReservation(db, reservationId);
                                      }))
            .value();
    }

private Q_SLOTS:
    void retiringForceCancelsOpenBookingsAndRefunds()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Resource other = t.addResource(Profile::Car, 1, 10'000, PricingUnit::PerDay, QStringLiteral("Sonata"));
        const Customer c = t.addCustomer();
        const Reservation unpaid = t.hold(t.request(car, c, 1, 1)).value();
        const Reservation paid = t.hold(t.request(car, c, 3, 1)).value();
        QCOMPARE(t.payByCard(paid.id)->paymentStatus, PaymentStatus::Approved);
        const Reservation inUse = t.hold(t.request(car, c, 0, 1)).value();
        TestBackend::must(t.reservations().pay(cash(inUse.id)));
        TestBackend::must(t.reservations().startFulfilment(inUse.id));
        const Reservation done = t.hold(t.request(car, c, 8, 1)).value();
        TestBackend::must(t.reservations().cancel(done.id));
        const Reservation elsewhere = t.hold(t.request(other, c, 1, 1)).value();

        QCOMPARE(TestBackend::await(t.inventory().retirementImpact(car.id)).value(), 2);
        auto retired = TestBackend::await(t.inventory().retire(car.id));
        QVERIFY(retired.ok());
        QCOMPARE(retired->status, ResourceStatus::Retired);

        QCOMPARE(t.reload(unpaid.id).status, ReservationStatus::ForceCancelled);
        QCOMPARE(t.reload(unpaid.id).paymentStatus, PaymentStatus::Unpaid);
        QCOMPARE(t.reload(paid.id).status, ReservationStatus::ForceCancelled);
        QCOMPARE(t.reload(paid.id).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(inUse.id).status, ReservationStatus::InUse); // the car is out: it comes back
        QCOMPARE(t.reload(done.id).status, ReservationStatus::Cancelled);
        QCOMPARE(t.reload(elsewhere.id).status, ReservationStatus::Held);
        const auto told = notificationsOf(t, paid.id);
        QVERIFY(std::any_of(told.cbegin(), told.cend(), [](const Notification &n) {
            return n.templateKey == QLatin1StringView("reservation_force_cancelled");
        }));

        // Retired for good: no new bookings, no second retirement, no edits.
        QCOMPARE(t.hold(t.request(car, c, 20, 1)).error().code, QStringLiteral("resource_retired"));
        QCOMPARE(TestBackend::await(t.inventory().retire(car.id)).error().code, QStringLiteral("resource_retired"));
        QVERIFY(TestBackend::await(t.reservations().finishFulfilment(inUse.id)).ok());
    }

    void unpaidHoldsExpireAfterTheConfiguredTime()
    {
        ShopSettings settings;
        settings.holdSeconds = 600;
        TestBackend t(settings);
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        const Reservation r = t.hold(t.request(car, c, 1, 1)).value();
        QCOMPARE(r.holdExpiresAt, TestBackend::StartTime + 600);
        t.clock().advance(599);
        QCOMPARE(TestBackend::await(t.reservations().expireDueHolds()).value(), 0);
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Held);
        t.clock().advance(1);
        QCOMPARE(TestBackend::await(t.reservations().expireDueHolds()).value(), 1);
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Expired);
        QVERIFY(t.hold(t.request(car, c, 1, 1)).ok()); // capacity released
    }

    void paidTaxiHoldWaitsForTheDispatcherAndNeverExpires()
    {
        TestBackend t;
        const Resource taxi = t.addResource(Profile::Taxi, 2, 30'000, PricingUnit::PerBooking);
        const Reservation r = t.hold(t.request(taxi, t.addCustomer(), 1, 1)).value();
        QCOMPARE(t.payByCard(r.id)->paymentStatus, PaymentStatus::Approved);
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Held);
        t.clock().advance(TestBackend::Day);
        QCOMPARE(TestBackend::await(t.reservations().expireDueHolds()).value(), 0);
        QCOMPARE(TestBackend::await(t.reservations().confirm(r.id))->status, ReservationStatus::Confirmed);
        QCOMPARE(TestBackend::await(t.reservations().startFulfilment(r.id))->status, ReservationStatus::InUse);
    }

    void paidCarConfirmsItself()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 70'000);
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 3)).value();
        QCOMPARE(r.amount.minor, 210'000);
        QCOMPARE(t.payByCard(r.id)->payment->amount.minor, 210'000);
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Confirmed);
        QCOMPARE(t.reload(r.id).holdExpiresAt, 0);
    }

    void freeBookingsConfirmAtOnce()
    {
        TestBackend t;
        const Resource session = t.addResource(Profile::Exhibition, 50, 0, PricingUnit::PerSeat);
        const Reservation r = t.hold(t.seats(session, t.addCustomer(), 2)).value();
        QCOMPARE(r.status, ReservationStatus::Confirmed);
        QCOMPARE(r.amount.minor, 0);
    }

    void cancellingRefundsOnlyWhatWasPaid()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        const Reservation unpaid = t.hold(t.request(car, c, 1, 1)).value();
        QCOMPARE(TestBackend::await(t.reservations().cancel(unpaid.id))->paymentStatus, PaymentStatus::Unpaid);
        const Reservation paid = t.hold(t.request(car, c, 1, 1)).value();
        QVERIFY(t.payByCard(paid.id).ok());
        auto cancelled = TestBackend::await(t.reservations().cancel(paid.id));
        QCOMPARE(cancelled->status, ReservationStatus::Cancelled);
        QCOMPARE(cancelled->paymentStatus, PaymentStatus::Refunded);
        const auto payments = TestBackend::await(t.reservations().payments(paid.id)).value();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.first().status, PaymentRecordStatus::Refunded);
    }

    void unavailableGatewayDefersAndKeepsTheBooking()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 1)).value();
        auto outcome = t.payByCard(r.id, QStringLiteral("tok_unavailable"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->paymentStatus, PaymentStatus::Deferred);
        QVERIFY(outcome->reason.contains(QLatin1StringView("later")));
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Held);
        QCOMPARE(t.payByCard(r.id)->paymentStatus, PaymentStatus::Approved); // later it goes through
    }

    void schedulerExpiresHoldsByItself()
    {
        ShopSettings settings;
        settings.holdSeconds = 60;
        TestBackend t(settings);
        const Resource car = t.addResource(Profile::Car);
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 1)).value();
        HoldExpiryScheduler scheduler(t.reservations(), 5);
        QSignalSpy expired(&scheduler, &HoldExpiryScheduler::holdsExpired);
        t.clock().advance(61);
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toInt(), 1);
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Expired);
    }
};

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
