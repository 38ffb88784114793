// Acceptance, product rental with delivery (seed 004), through the window alone: the manager
// registers a product with 2 in stock and the staff accounts; a clerk rents one to a walk-in
// with a delivery address and slot (card), two are then no longer offered but one is, it is
// delivered and returned; a customer rents one to their address, sees it on My orders, is
// declined, pays and cancels (refund).
#include "api/session.h"
#include "guidriver.h"
#include "mainwindow.h"
#include "testbackend.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScenarioProduct final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productDeliveredAndReturned()
    {
        TestBackend t;
        GuiDriver d(t, Profile::Product);
        const QString chair = u"Massage chair"_s;
        const QDate from(2027, 1, 20);
        STEP(d.start());

        STEP(d.setUpShop({chair, u"89,000"_s, 2, u"model"_s, u"MC-700"_s}));

        STEP(d.signInAsClerk());
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.newWalkIn(u"Park Jisoo"_s, u"010-5555-0101"_s));
        STEP(d.setDays(from, 30));
        STEP(d.find({chair}));
        QCOMPARE(d.freeText(chair), u"2 of 2"_s);
        // The order is not taken without where and when to deliver it.
        STEP(d.hold(chair, u"Delivery address is required."_s));
        STEP(d.enterDelivery(u"12 Hangang-daero, flat 301"_s, u"15:00–18:00"_s));
        STEP(d.hold(chair));
        const QUuid rental = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: "_s));
        STEP(d.closePayment());
        QTRY_VERIFY(d.confirmationText().contains(u"Confirmed. Nothing else to do."_s));
        QVERIFY(t.reload(rental).amount.minor > 0);

        // One unit is out for those days: two are not offered, one is.
        STEP(d.setQuantity(2));
        STEP(d.find({}));
        STEP(d.setQuantity(1));
        STEP(d.find({chair}));
        QCOMPARE(d.freeText(chair), u"1 of 2"_s);

        STEP(d.openTab(u"bookingsPage"_s));
        STEP(d.selectBooking(rental));
        QTRY_COMPARE(d.offeredSteps(), (QStringList{u"Deliver"_s, u"Cancel booking…"_s}));
        QCOMPARE(d.page()->findChild<QLabel *>(u"bookingWhere"_s)->text(), u"12 Hangang-daero, flat 301, 15:00–18:00"_s);
        STEP(d.runStep(u"startFulfilment"_s, u"Deliver"_s, u"delivered"_s));
        STEP(d.runStep(u"finishFulfilment"_s, u"Return"_s, u"returned"_s));
        QCOMPARE(t.reload(rental).status, ReservationStatus::Completed);
        QCOMPARE(t.reload(rental).paymentStatus, PaymentStatus::Approved);
        STEP(d.signOut());

        STEP(d.signIn(GuiDriver::CustomerName));
        QCOMPARE(d.tabs(), (QStringList{u"bookPage"_s, u"myBookingsPage"_s}));
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setDays(from, 30));
        STEP(d.find({chair}));
        QCOMPARE(d.freeText(chair), u"2 of 2"_s); // returned: both are free again
        STEP(d.enterDelivery(u"7 Sejong-daero"_s, u"09:00–12:00"_s));
        STEP(d.hold(chair));
        const QUuid own = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_decline"_s, u"Declined: the card was declined"_s));
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: "_s));
        STEP(d.closePayment());
        QCOMPARE(t.reload(own).status, ReservationStatus::Confirmed);
        QCOMPARE(d.tabTitle(u"myBookingsPage"_s), u"My orders"_s);
        STEP(d.openTab(u"myBookingsPage"_s));
        STEP(d.showMyBooking(own));
        QCOMPARE(d.page()->findChild<QLabel *>(u"bookingWhere"_s)->text(),
                 u"Delivery: 7 Sejong-daero, 09:00–12:00"_s);
        QTRY_COMPARE(d.myTimeline(), (QStringList{u"Booked and held"_s, u"Payment declined"_s, u"Paid"_s, u"Confirmed"_s}));
        STEP(d.cancelMyBooking());
        QTRY_COMPARE(t.reload(own).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(own).status, ReservationStatus::Cancelled);
        STEP(d.signOut());
    }
};

QTEST_MAIN(TestScenarioProduct)
#include "tst_scenario_product.moc"
