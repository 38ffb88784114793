// Acceptance, call-taxi booking (seed 003), through the window alone: the manager registers a
// taxi class with its two taxis (plate, driver, phone) and the staff accounts; a clerk books a
// pickup slot for a walk-in with the pickup address and destination, and takes the card, which
// does not confirm a taxi: the dispatcher confirms, sends one of the class's free taxis (the
// customer's message names it) and completes the trip on the Bookings screen; a customer books a slot, is declined, pays, sees
// that the dispatcher still has to confirm, and cancels on My bookings (refund).
#include "api/session.h"
#include "guidriver.h"
#include "mainwindow.h"
#include "testbackend.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScenarioTaxi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taxiFromClassToCompletedTrip()
    {
        TestBackend t;
        GuiDriver d(t, Profile::Taxi);
        const QString taxi = u"Standard taxi"_s;
        const QDate day(2027, 1, 20);
        STEP(d.start());

        const Taxi first{u"12GA 3456"_s, u"Kim Minsu"_s, u"010-1111-2222"_s};
        const Taxi second{u"34NA 5678"_s, u"Lee Jungho"_s, u"010-3333-5555"_s};
        STEP(d.setUpShop({taxi, u"8,000"_s, 0, u"vehicles"_s, u"Sonata, K5"_s, {}, {}, {first, second}}));

        // A clerk books the 9:30 pickup for a walk-in; paid, it waits for the dispatcher.
        STEP(d.signInAsClerk());
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.newWalkIn(u"Park Jisoo"_s, u"010-5555-0101"_s));
        STEP(d.setPickup(day, QTime(9, 30)));
        STEP(d.find({taxi}));
        QCOMPARE(d.freeText(taxi), u"2 of 2"_s);
        STEP(d.enterTrip(u"Seoul Station, exit 1"_s, u"Gimpo Airport"_s));
        STEP(d.hold(taxi));
        const QUuid trip = d.lastBooking();
        QVERIFY(d.confirmationText().contains(u"After payment the dispatcher confirms the booking."_s));
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩8,000 paid."_s));
        STEP(d.closePayment());
        QTRY_VERIFY(d.confirmationText().contains(u"Paid. The dispatcher will confirm the booking."_s));
        QCOMPARE(t.reload(trip).status, ReservationStatus::Held);
        // One of the two taxis is still free in that slot.
        STEP(d.find({taxi}));
        QCOMPARE(d.freeText(taxi), u"1 of 2"_s);

        // The dispatcher confirms, dispatches a taxi, and the trip ends.
        STEP(d.openTab(u"bookingsPage"_s));
        STEP(d.selectBooking(trip));
        QTRY_COMPARE(d.offeredSteps(), (QStringList{u"Confirm"_s, u"Cancel booking…"_s}));
        STEP(d.runStep(u"confirmBooking"_s, u"Confirm"_s, u"confirmed"_s));
        QCOMPARE(d.offeredSteps(), (QStringList{u"Dispatch"_s, u"Cancel booking…"_s}));
        QCOMPARE(d.page()->findChild<QLabel *>(u"bookingWhere"_s)->text(), u"Seoul Station, exit 1 → Gimpo Airport"_s);
        STEP(d.dispatchTaxi(second.plate, 2));
        QCOMPARE(d.page()->findChild<QLabel *>(u"bookingTaxi"_s)->text(), u"34NA 5678 · Lee Jungho · 010-3333-5555"_s);
        QCOMPARE(taxifleet::assigned(t.reload(trip)), std::optional(second));
        // The customer is told which taxi comes, with its driver's phone.
        auto *history = d.page()->findChild<QListWidget *>(u"bookingTimeline"_s);
        QTRY_VERIFY(!history->findItems(u"Your taxi for Standard taxi on 2027-01-20 09:30 is on its way to Seoul Station, "
                                        u"exit 1: 34NA 5678, driver Lee Jungho, phone 010-3333-5555."_s,
                                        Qt::MatchContains).isEmpty());
        STEP(d.runStep(u"finishFulfilment"_s, u"Complete trip"_s, u"trip completed"_s));
        const Reservation done = t.reload(trip);
        QCOMPARE(done.status, ReservationStatus::Completed);
        QCOMPARE(done.paymentStatus, PaymentStatus::Approved);
        STEP(d.signOut());

        // The customer books the 2 pm pickup the next day.
        STEP(d.signIn(GuiDriver::CustomerName));
        QCOMPARE(d.tabs(), (QStringList{u"bookPage"_s, u"myBookingsPage"_s}));
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setPickup(day.addDays(1), QTime(14, 0)));
        STEP(d.find({taxi}));
        STEP(d.enterTrip(u"Hongik Univ. Station"_s, u"COEX"_s));
        STEP(d.hold(taxi));
        const QUuid own = d.lastBooking();
        QCOMPARE(t.reload(own).customerId, d.window().session()->user().customerId);
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_decline"_s, u"Declined: the card was declined"_s));
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩8,000 paid."_s));
        STEP(d.closePayment());
        QCOMPARE(t.reload(own).status, ReservationStatus::Held); // the dispatcher has not confirmed

        STEP(d.openTab(u"myBookingsPage"_s));
        STEP(d.showMyBooking(own));
        QTRY_COMPARE(d.myTimeline(), (QStringList{u"Booked and held"_s, u"Payment declined"_s, u"Paid"_s}));
        STEP(d.cancelMyBooking());
        QTRY_COMPARE(t.reload(own).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(own).status, ReservationStatus::Cancelled);
        STEP(d.signOut());
    }
};

QTEST_MAIN(TestScenarioTaxi)
#include "tst_scenario_taxi.moc"
