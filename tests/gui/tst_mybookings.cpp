// A customer's My bookings screen: only their own bookings, newest first, each with its
// history and the messages sent about it; cancelling their own booking; the notifications
// query never returns another customer's messages; the models pass the tester.
#include "api/session.h"
#include "bookingtimelinemodel.h"
#include "mybookingsmodel.h"
#include "mybookingspage.h"
#include "paymentdialog.h"
#include "queries/customernotificationsquery.h"
#include "queries/bookinglookup.h"
#include "testbackend.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {

UiContext context()
{
    return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, Profile::Car};
}

Customer customerOf(const Session &session)
{
    Customer c;
    c.id = session.user().customerId;
    return c;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

// The reservation ids of the rows, in order.
QList<QUuid> ids(const QAbstractItemModel *model)
{
    QList<QUuid> list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data(MyBookingsModel::ReservationIdRole).toUuid();
    return list;
}

} // namespace

class TestMyBookings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlyOwnBookingsNewestFirst()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Resource van = t.addResource(Profile::Car, 1, 70'000, PricingUnit::PerDay, QStringLiteral("Staria"));
        auto me = t.signIn(Role::Customer);
        const Reservation soon = TestBackend::must(me->hold(t.request(car, customerOf(*me), 1, 2)));
        const Reservation later = TestBackend::must(me->hold(t.request(van, customerOf(*me), 10, 1)));
        const Reservation theirs = t.hold(t.request(car, t.addCustomer(QStringLiteral("Park")), 5, 1)).value();

        MyBookingsPage page(*me, context());
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("bookingsTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(ids(table->model()), (QList<QUuid>{later.id, soon.id})); // newest first
        QVERIFY(!ids(table->model()).contains(theirs.id));
        QCOMPARE(column(table->model(), MyBookingsModel::What), (QStringList{QStringLiteral("Staria"), QStringLiteral("Kia K5")}));
        QCOMPARE(column(table->model(), MyBookingsModel::Status), (QStringList{QStringLiteral("held"), QStringLiteral("held")}));
        QCOMPARE(column(table->model(), MyBookingsModel::Payment), (QStringList{QStringLiteral("unpaid"), QStringLiteral("unpaid")}));
        QCOMPARE(table->model()->index(1, MyBookingsModel::Amount).data().toString(), QStringLiteral("₩110,000"));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("noBookingsLabel"))->isVisible());
    }

    void selectedBookingShowsTimelineAndMessages()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto me = t.signIn(Role::Customer);
        const Reservation booking = TestBackend::must(me->hold(t.request(car, customerOf(*me), 1, 2)));
        QVERIFY(t.payByCard(booking.id).ok());

        MyBookingsPage page(*me, context());
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("bookingsTable"));
        auto *timeline = page.findChild<QTableView *>(QStringLiteral("timelineTable"));
        auto *messages = page.findChild<QTreeWidget *>(QStringLiteral("notificationsList"));
        QVERIFY(table && timeline && messages);
        QTRY_COMPARE(page.shownBooking(), booking.id); // the newest is shown at once
        QCOMPARE(table->model()->index(0, MyBookingsModel::Status).data().toString(), QStringLiteral("confirmed"));
        const QStringList steps = column(timeline->model(), BookingTimelineModel::Event);
        QVERIFY2(steps.size() >= 3, qPrintable(steps.join(u',')));
        QCOMPARE(steps.first(), QStringLiteral("Booked and held"));
        QVERIFY(steps.contains(QStringLiteral("Paid")));
        QVERIFY(steps.contains(QStringLiteral("Confirmed")));
        QCOMPARE(column(timeline->model(), BookingTimelineModel::Payment).last(), QStringLiteral("paid"));

        QTRY_VERIFY(messages->topLevelItemCount() >= 2);
        QStringList bodies;
        for (int i = 0; i < messages->topLevelItemCount(); ++i)
            bodies << messages->topLevelItem(i)->text(1);
        QVERIFY2(bodies.join(u'\n').contains(QStringLiteral("is held for you")), qPrintable(bodies.join(u'\n')));
        QVERIFY(bodies.join(u'\n').contains(QStringLiteral("We received your payment")));
        // Paid and confirmed: nothing to pay, but it can still be cancelled.
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("payButton"))->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
    }

    void cancelOwnBookingThroughTheButton()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto me = t.signIn(Role::Customer);
        const Reservation booking = TestBackend::must(me->hold(t.request(car, customerOf(*me), 1, 2)));

        MyBookingsPage page(*me, context());
        page.show();
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *pay = page.findChild<QPushButton *>(QStringLiteral("payButton"));
        QTRY_COMPARE(page.shownBooking(), booking.id);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("bookingCode"))->text(),
                 QStringLiteral("Booking code: ") + bookingcodes::codeFor(booking.id));
        QVERIFY(cancel->isEnabled());
        QVERIFY(pay->isEnabled()); // held and unpaid

        // Pay opens the payment dialog for this booking; closing it leaves the booking as it was.
        QTest::mouseClick(pay, Qt::LeftButton);
        QTRY_VERIFY(page.findChild<PaymentDialog *>());
        page.findChild<PaymentDialog *>()->reject();
        QTRY_VERIFY(!page.findChild<PaymentDialog *>());
        QCOMPARE(t.reload(booking.id).paymentStatus, PaymentStatus::Unpaid);

        // Saying no changes nothing.
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *question = page.findChild<QMessageBox *>(QStringLiteral("cancelQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        // The answers are not the standard Yes/No, whose icons (a green tick, a red cross) would
        // say the opposite of what each does; the safe one is the default.
        auto *confirm = question->findChild<QPushButton *>(QStringLiteral("confirmCancel"));
        auto *keep = question->findChild<QPushButton *>(QStringLiteral("keepBooking"));
        QVERIFY(confirm && keep);
        QCOMPARE(question->standardButton(confirm), QMessageBox::NoButton);
        QCOMPARE(question->standardButton(keep), QMessageBox::NoButton);
        QCOMPARE(question->buttonRole(confirm), QMessageBox::DestructiveRole);
        QCOMPARE(question->defaultButton(), keep);
        QVERIFY(confirm->icon().isNull());
        const QStringList before = t.snapshot();
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("cancelQuestion")));
        QCOMPARE(t.snapshot(), before);

        QTest::mouseClick(cancel, Qt::LeftButton);
        question = page.findChild<QMessageBox *>(QStringLiteral("cancelQuestion"));
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmCancel")), Qt::LeftButton);
        QTRY_COMPARE(t.reload(booking.id).status, ReservationStatus::Cancelled);
        auto *table = page.findChild<QTableView *>(QStringLiteral("bookingsTable"));
        QTRY_COMPARE(table->model()->index(0, MyBookingsModel::Status).data().toString(), QStringLiteral("cancelled"));
        QTRY_VERIFY(!cancel->isEnabled());
        QVERIFY(!pay->isEnabled());
        auto *timeline = page.findChild<QTableView *>(QStringLiteral("timelineTable"));
        QTRY_COMPARE(column(timeline->model(), BookingTimelineModel::Event).last(), QStringLiteral("Cancelled"));
    }

    void notificationsQueryKeepsToOneCustomer()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 2, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto me = t.signIn(Role::Customer);
        auto other = t.signIn(Role::Customer);
        const Reservation mine = TestBackend::must(me->hold(t.request(car, customerOf(*me), 1, 2)));
        const Reservation second = TestBackend::must(me->hold(t.request(car, customerOf(*me), 4, 1)));
        const Reservation theirs = TestBackend::must(other->hold(t.request(car, customerOf(*other), 1, 2)));
        const QUuid myId = me->user().customerId;
        const QUuid theirId = other->user().customerId;

        const auto all = TestBackend::must(me->read<QList<CustomerNotification>>(
            Action::ViewOwnBookings,
            [myId](const QSqlDatabase &db) { return customernotificationsquery::forCustomer(db, myId); }));
        QCOMPARE(all.size(), 2);
        for (const CustomerNotification &n : all)
            QVERIFY(n.reservationId == mine.id || n.reservationId == second.id);
        const auto one = TestBackend::must(me->read<QList<CustomerNotification>>(
            Action::ViewOwnBookings,
            [myId, second](const QSqlDatabase &db) { return customernotificationsquery::forCustomer(db, myId, second.id); }));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0).templateKey, QStringLiteral("reservation_held"));
        // Their booking asked with my id: nothing.
        const auto none = TestBackend::must(me->read<QList<CustomerNotification>>(
            Action::ViewOwnBookings,
            [myId, theirs](const QSqlDatabase &db) { return customernotificationsquery::forCustomer(db, myId, theirs.id); }));
        QVERIFY(none.isEmpty());
        const auto theirsOnly = TestBackend::must(other->read<QList<CustomerNotification>>(
            Action::ViewOwnBookings,
            [theirId](const QSqlDatabase &db) { return customernotificationsquery::forCustomer(db, theirId); }));
        QCOMPARE(theirsOnly.size(), 1);
        QCOMPARE(theirsOnly.at(0).reservationId, theirs.id);
        // Staff have no own bookings to read.
        auto clerk = t.signIn(Role::Clerk);
        const auto refused = TestBackend::await(clerk->read<QList<CustomerNotification>>(
            Action::ViewOwnBookings,
            [myId](const QSqlDatabase &db) { return customernotificationsquery::forCustomer(db, myId); }));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
    }

    void modelsPassTheTester()
    {
        MyBookingsModel bookings(context().display, Profile::Car);
        BookingTimelineModel timeline(context().display);
        QCOMPARE(bookings.headerData(MyBookingsModel::What, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Car"));
        QAbstractItemModelTester bookingsTester(&bookings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MyBooking older;
        older.reservationId = QUuid::createUuid();
        older.resourceName = QStringLiteral("Kia K5");
        older.profile = QStringLiteral("car");
        older.quantity = 1;
        older.period = Period{TestBackend::StartTime, TestBackend::StartTime + TestBackend::Day};
        older.amount = Money{55'000, QStringLiteral("KRW")};
        older.status = QStringLiteral("in_use");
        older.paymentStatus = QStringLiteral("deferred");
        older.timeline = {TimelineEntry{1, QStringLiteral("ReservationHeld"), QStringLiteral("held"), QStringLiteral("unpaid"), TestBackend::StartTime},
                          TimelineEntry{2, QStringLiteral("FulfilmentStarted"), QStringLiteral("in_use"), QStringLiteral("deferred"), TestBackend::StartTime + 60}};
        MyBooking newer = older;
        newer.reservationId = QUuid::createUuid();
        newer.period = Period{TestBackend::StartTime + 5 * TestBackend::Day, TestBackend::StartTime + 6 * TestBackend::Day};
        newer.status = QStringLiteral("force_cancelled");
        bookings.setBookings({older, newer});
        QCOMPARE(bookings.rowCount(), 2);
        QCOMPARE(bookings.rowOf(newer.reservationId), 0);
        QCOMPARE(bookings.index(0, MyBookingsModel::Status).data().toString(), QStringLiteral("force-cancelled"));
        QCOMPARE(bookings.index(1, MyBookingsModel::Status).data().toString(), QStringLiteral("rented out")); // a car's word
        QCOMPARE(bookings.index(1, MyBookingsModel::Payment).data().toString(), QStringLiteral("to pay later"));
        QCOMPARE(bookings.rowOf(QUuid::createUuid()), -1);

        timeline.setTimeline(older.timeline, Profile::Car);
        QCOMPARE(timeline.rowCount(), 2);
        QCOMPARE(timeline.index(1, BookingTimelineModel::Event).data().toString(), QStringLiteral("Started (pick up)"));
        QCOMPARE(timeline.index(0, BookingTimelineModel::Status).data().toString(), QStringLiteral("held"));
        timeline.clear();
        QCOMPARE(timeline.rowCount(), 0);
        bookings.setBookings({});
        QCOMPARE(bookings.rowCount(), 0);
    }
};

QTEST_MAIN(TestMyBookings)
#include "tst_mybookings.moc"
