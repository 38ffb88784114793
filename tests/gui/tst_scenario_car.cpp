// Acceptance, car rental (seed 000), through the window alone: the manager registers a car
// and the staff accounts, a clerk rents it to a walk-in (card), the car is not offered again
// for overlapping days, it is picked up and returned; a customer books, is declined, pays,
// follows the booking on My bookings and cancels it there, which refunds it.
#include "api/session.h"
#include "guidriver.h"
#include "mainwindow.h"
#include "testbackend.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestScenarioCar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carRentalFromRegistrationToRefund()
    {
        TestBackend t;
        GuiDriver d(t, Profile::Car);
        const QString car = u"Hyundai Avante"_s;
        STEP(d.start());

        // The manager sets the shop up.
        STEP(d.setUpShop({car, u"55,000"_s, 1, u"plate"_s, u"12-GA 3456"_s}));

        // A clerk rents the car to a walk-in for two days and takes the card.
        STEP(d.signInAsClerk());
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.newWalkIn(u"Park Jisoo"_s, u"010-5555-0101"_s));
        STEP(d.setDays(QDate(2027, 1, 20), 2));
        STEP(d.find({car}));
        STEP(d.hold(car));
        const QUuid rental = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩110,000 paid."_s));
        STEP(d.closePayment());
        QTRY_VERIFY(d.confirmationText().contains(u"Confirmed. Nothing else to do."_s));

        // The rented car is not offered for days that overlap; from its return day it is.
        STEP(d.setDays(QDate(2027, 1, 21), 3));
        STEP(d.find({}));
        STEP(d.setDays(QDate(2027, 1, 19), 2));
        STEP(d.find({}));
        STEP(d.setDays(QDate(2027, 1, 22), 1));
        STEP(d.find({car}));

        // Pick up and return on the Bookings screen.
        STEP(d.openTab(u"bookingsPage"_s));
        STEP(d.selectBooking(rental));
        QTRY_COMPARE(d.offeredSteps(), (QStringList{u"Pick up"_s, u"Cancel booking…"_s}));
        STEP(d.runStep(u"startFulfilment"_s, u"Pick up"_s, u"rented out"_s));
        QCOMPARE(d.offeredSteps(), QStringList{u"Return"_s});
        STEP(d.runStep(u"finishFulfilment"_s, u"Return"_s, u"returned"_s));
        QCOMPARE(d.offeredSteps(), QStringList());
        const Reservation returned = t.reload(rental);
        QCOMPARE(returned.status, ReservationStatus::Completed);
        QCOMPARE(returned.paymentStatus, PaymentStatus::Approved);
        QCOMPARE(returned.amount.minor, 110'000);
        STEP(d.signOut());

        // The customer books for themselves: a declined card, then a good one.
        STEP(d.signIn(GuiDriver::CustomerName));
        QCOMPARE(d.tabs(), (QStringList{u"bookPage"_s, u"myBookingsPage"_s})); // no Bookings of others
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setDays(QDate(2027, 1, 25), 3));
        STEP(d.find({car}));
        STEP(d.hold(car));
        const QUuid own = d.lastBooking();
        QCOMPARE(t.reload(own).customerId, d.window().session()->user().customerId);
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_decline"_s, u"Declined: the card was declined"_s));
        QCOMPARE(t.reload(own).paymentStatus, PaymentStatus::Declined);
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩165,000 paid."_s));
        STEP(d.closePayment());
        QCOMPARE(t.reload(own).status, ReservationStatus::Confirmed);

        // My bookings shows how it went; cancelling it there refunds it.
        STEP(d.openTab(u"myBookingsPage"_s));
        STEP(d.showMyBooking(own));
        QTRY_COMPARE(d.myTimeline(), (QStringList{u"Booked and held"_s, u"Payment declined"_s, u"Paid"_s, u"Confirmed"_s}));
        STEP(d.cancelMyBooking());
        QTRY_COMPARE(t.reload(own).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(own).status, ReservationStatus::Cancelled);
        QTRY_VERIFY(d.myTimeline().contains(u"Refunded"_s));
        STEP(d.signOut());
    }
};

QTEST_MAIN(TestScenarioCar)
#include "tst_scenario_car.moc"
