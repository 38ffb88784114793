// Acceptance, exhibition booking (seed 001), through the window alone: the manager registers
// a session with 3 seats on its date and time, and the staff accounts; the Book screen lists
// the session with its date, time and hall on that day only; a clerk books 2 seats for a walk-in (card),
// a request for more seats than are left does not offer the session, the visit is admitted
// and completed; a customer books a seat, is declined, pays, cancels on My bookings (refund);
// at last the manager retires the session with open bookings, which force-cancels them and
// refunds the paid one (seed 001: deleting an exhibition cancels its bookings).
#include "api/session.h"
#include "guidriver.h"
#include "mainwindow.h"
#include "testbackend.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestScenarioExhibition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exhibitionFromSessionToRetirement()
    {
        TestBackend t;
        GuiDriver d(t, Profile::Exhibition);
        const QDate day(2027, 1, 20);
        const QString session = u"Monet — 1/20/27 10:00 AM–12:00 PM · Hall A"_s; // as lists show it
        STEP(d.start());

        STEP(d.setUpShop({u"Monet"_s, u"15,000"_s, 3, u"hall"_s, u"Hall A"_s, day, QTime(10, 0)}));

        // Another day's search does not offer it.
        STEP(d.signInAsClerk());
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setDate(day.addDays(1)));
        STEP(d.find({}));
        STEP(d.signOut());

        // A clerk sells two seats to a walk-in.
        STEP(d.signInAsClerk());
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.newWalkIn(u"Park Jisoo"_s, u"010-5555-0101"_s));
        STEP(d.setDate(day));
        STEP(d.setQuantity(2));
        STEP(d.find({session}));
        QCOMPARE(d.freeText(session), u"3 of 3"_s);
        STEP(d.hold(session));
        const QUuid visit = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩30,000 paid."_s));
        STEP(d.closePayment());
        QTRY_VERIFY(d.confirmationText().contains(u"Confirmed. Nothing else to do."_s));

        // One seat is left: two are not offered, one is; it is held, not paid yet.
        STEP(d.find({}));
        STEP(d.setQuantity(1));
        STEP(d.find({session}));
        QCOMPARE(d.freeText(session), u"1 of 3"_s);
        STEP(d.hold(session));
        const QUuid unpaid = d.lastBooking();
        QVERIFY(d.confirmationText().contains(u"Not paid yet"_s));

        // Admission and the end of the visit.
        STEP(d.openTab(u"bookingsPage"_s));
        STEP(d.selectBooking(visit));
        QTRY_COMPARE(d.offeredSteps(), (QStringList{u"Admit"_s, u"Cancel booking…"_s}));
        STEP(d.runStep(u"startFulfilment"_s, u"Admit"_s, u"admitted"_s));
        STEP(d.runStep(u"finishFulfilment"_s, u"Complete visit"_s, u"visited"_s));
        const Reservation visited = t.reload(visit);
        QCOMPARE(visited.status, ReservationStatus::Completed);
        QCOMPARE(visited.paymentStatus, PaymentStatus::Approved);
        QCOMPARE(visited.quantity, 2);
        // The seats are for the session's own slot, 10:00 to 12:00 in Seoul.
        QCOMPARE(visited.period.startUtc(), QDateTime(day, QTime(1, 0), Qt::UTC));
        QCOMPARE(visited.period.endUtc(), QDateTime(day, QTime(3, 0), Qt::UTC));
        STEP(d.signOut());

        // The customer: declined, then paid; cancelled on My bookings, refunded.
        STEP(d.signIn(GuiDriver::CustomerName));
        QCOMPARE(d.tabs(), (QStringList{u"bookPage"_s, u"myBookingsPage"_s}));
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setDate(day));
        STEP(d.find({session}));
        QCOMPARE(d.freeText(session), u"2 of 3"_s); // the visit is over, the held seat is not
        STEP(d.hold(session));
        const QUuid cancelled = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_decline"_s, u"Declined: the card was declined"_s));
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩15,000 paid."_s));
        STEP(d.closePayment());
        STEP(d.openTab(u"myBookingsPage"_s));
        STEP(d.showMyBooking(cancelled));
        QTRY_COMPARE(d.myTimeline(), (QStringList{u"Booked and held"_s, u"Payment declined"_s, u"Paid"_s, u"Confirmed"_s}));
        STEP(d.cancelMyBooking());
        QTRY_COMPARE(t.reload(cancelled).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(cancelled).status, ReservationStatus::Cancelled);

        // And books a seat again, paid.
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setDate(day));
        STEP(d.find({session}));
        STEP(d.hold(session));
        const QUuid paid = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩15,000 paid."_s));
        STEP(d.closePayment());
        QCOMPARE(t.reload(paid).status, ReservationStatus::Confirmed);
        STEP(d.signOut());

        // The manager retires the session: the question counts the two open bookings.
        STEP(d.signIn(GuiDriver::ManagerName));
        STEP(d.openTab(u"inventoryPage"_s));
        STEP(d.retire(u"Monet — 1/20/27 10:00 AM–12:00 PM"_s, u"2 open booking"_s, u"Monet"_s)); // hall in its column
        QCOMPARE(t.reload(unpaid).status, ReservationStatus::ForceCancelled);
        QCOMPARE(t.reload(unpaid).paymentStatus, PaymentStatus::Unpaid);
        QTRY_COMPARE(t.reload(paid).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(paid).status, ReservationStatus::ForceCancelled);
        QCOMPARE(t.reload(visit).status, ReservationStatus::Completed); // history stays as it was
        QCOMPARE(t.reload(cancelled).status, ReservationStatus::Cancelled);
        STEP(d.signOut());
    }
};

QTEST_MAIN(TestScenarioExhibition)
#include "tst_scenario_exhibition.moc"
