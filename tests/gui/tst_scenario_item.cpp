// Acceptance, neighbourhood item rental (seed 002), through the window alone: the manager
// registers an item and the staff accounts; a clerk rents it to a walk-in who pays cash, the
// item is not offered for overlapping days, it is lent and taken back; a customer books it,
// is declined, pays by card and cancels on My bookings (refund).
#include "api/session.h"
#include "guidriver.h"
#include "mainwindow.h"
#include "testbackend.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestScenarioItem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemLentForCashAndTakenBack()
    {
        TestBackend t;
        GuiDriver d(t, Profile::Item);
        const QString tent = u"Camping tent"_s;
        STEP(d.start());

        STEP(d.setUpShop({tent, u"3,000"_s, 0, u"condition"_s, u"Like new"_s}));

        // Three days for a walk-in, paid in cash at the counter.
        STEP(d.signInAsClerk());
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.newWalkIn(u"Park Jisoo"_s, u"010-5555-0101"_s));
        STEP(d.setDays(QDate(2027, 1, 20), 3));
        STEP(d.find({tent}));
        STEP(d.hold(tent));
        const QUuid rental = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payCash());
        STEP(d.closePayment());
        QTRY_VERIFY(d.confirmationText().contains(u"Confirmed. Nothing else to do."_s));
        const QList<Payment> payments = TestBackend::must(t.reservations().payments(rental));
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.first().method, PaymentMethod::Cash);
        QCOMPARE(payments.first().amount.minor, 9'000);

        // Reserved, the item cannot be rented for overlapping days.
        STEP(d.setDays(QDate(2027, 1, 22), 2));
        STEP(d.find({}));

        STEP(d.openTab(u"bookingsPage"_s));
        STEP(d.selectBooking(rental));
        QTRY_COMPARE(d.offeredSteps(), (QStringList{u"Lend"_s, u"Cancel booking…"_s}));
        STEP(d.runStep(u"startFulfilment"_s, u"Lend"_s, u"lent out"_s));
        STEP(d.runStep(u"finishFulfilment"_s, u"Take back"_s, u"returned"_s));
        QCOMPARE(t.reload(rental).status, ReservationStatus::Completed);
        QCOMPARE(t.reload(rental).paymentStatus, PaymentStatus::Approved);
        STEP(d.signOut());

        // Taken back, it can be rented again, by a customer at home.
        STEP(d.signIn(GuiDriver::CustomerName));
        QCOMPARE(d.tabs(), (QStringList{u"bookPage"_s, u"myBookingsPage"_s}));
        STEP(d.openTab(u"bookPage"_s));
        STEP(d.setDays(QDate(2027, 1, 21), 2));
        STEP(d.find({tent}));
        STEP(d.hold(tent));
        const QUuid own = d.lastBooking();
        STEP(d.openPayment());
        STEP(d.payByCard(u"tok_decline"_s, u"Declined: the card was declined"_s));
        STEP(d.payByCard(u"tok_visa"_s, u"Approved: ₩6,000 paid."_s));
        STEP(d.closePayment());
        STEP(d.openTab(u"myBookingsPage"_s));
        STEP(d.showMyBooking(own));
        QTRY_COMPARE(d.myTimeline(), (QStringList{u"Booked and held"_s, u"Payment declined"_s, u"Paid"_s, u"Confirmed"_s}));
        STEP(d.cancelMyBooking());
        QTRY_COMPARE(t.reload(own).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(t.reload(own).status, ReservationStatus::Cancelled);
        STEP(d.signOut());
    }
};

QTEST_MAIN(TestScenarioItem)
#include "tst_scenario_item.moc"
