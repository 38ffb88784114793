// The Bookings screen over a real database: filters narrow the list in SQL, the pane shows
// a booking's history and offers exactly the steps its state and the role allow, and every
// step is taken through the buttons as a clerk or manager would; the list as shown exports to
// a CSV file.
#include "bookingdetailpane.h"
#include "bookingexportbutton.h"
#include "bookinglistmodel.h"
#include "bookingspage.h"
#include "paymentdialog.h"
#include "domain/ids.h"
#include "queries/bookinglookup.h"
#include "testbackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestBookingsPage final : public QObject
{
    Q_OBJECT

private:
    static UiContext context(Profile profile = Profile::Car)
    {
        return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, profile};
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    // "resource/customer" of every row, sorted; rows whose page is not loaded yet show "/".
    static QStringList listed(QTableView *table)
    {
        QStringList rows;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            rows << table->model()->index(r, BookingListModel::ResourceColumn).data().toString() + u'/'
                        + table->model()->index(r, BookingListModel::CustomerColumn).data().toString();
        rows.sort();
        return rows;
    }

    static QStringList historyOf(QListWidget *list)
    {
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    }

    static QString plain(const QPushButton *button) { return QString(button->text()).remove(u'&'); }

    // Clicks the first row showing `resourceName`, as a person would.
    static void clickRow(QTableView *table, const QString &resourceName)
    {
        QTRY_VERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, BookingListModel::ResourceColumn);
            if (index.data().toString() == resourceName) {
                table->scrollTo(index);
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for %1").arg(resourceName)));
    }

    // The buttons the pane shows, by their words.
    static QStringList offered(QWidget *pane)
    {
        QStringList words;
        for (const char *name : {"confirmBooking", "startFulfilment", "finishFulfilment", "payBooking", "cancelBooking"}) {
            auto *button = child<QPushButton>(pane, name);
            if (button->isVisible())
                words << plain(button);
        }
        return words;
    }

    static QDate seoulDate(qint64 utcSecs)
    {
        return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toTimeZone(QTimeZone("Asia/Seoul")).date();
    }

private Q_SLOTS:
    void filtersByStatusDatesAndText()
    {
        TestBackend t;
        const Resource avante = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Hyundai Avante"));
        const Resource k5 = t.addResource(Profile::Car, 1, 60'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Customer kim = t.addCustomer(QStringLiteral("Kim Minji"));
        const Customer lee = t.addCustomer(QStringLiteral("Lee Jun"), QStringLiteral("010-2222-3333"));
        QVERIFY(t.hold(t.request(avante, kim, 1, 2)).ok());                 // held
        QVERIFY(t.payByCard(t.hold(t.request(k5, lee, 1, 1)).value().id).ok()); // confirmed
        const Reservation later = t.hold(t.request(avante, lee, 5, 1)).value();
        QVERIFY(TestBackend::await(t.reservations().cancel(later.id)).ok()); // cancelled
        const Reservation returned = t.hold(t.request(k5, kim, 3, 1)).value();
        QVERIFY(t.payByCard(returned.id).ok());
        QVERIFY(TestBackend::await(t.reservations().startFulfilment(returned.id)).ok());
        QVERIFY(TestBackend::await(t.reservations().finishFulfilment(returned.id)).ok()); // completed

        auto manager = t.signIn(Role::Manager);
        BookingsPage page(*manager, context());
        page.show();
        auto *table = child<QTableView>(&page, "bookingsTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *count = child<QLabel>(&page, "bookingsCount");
        QTRY_COMPARE(count->text(), QStringLiteral("4 bookings"));

        auto *status = child<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("Open (held, confirmed, rented out)")));
        QTRY_COMPARE(listed(table), (QStringList{QStringLiteral("Hyundai Avante/Kim Minji"), QStringLiteral("Kia K5/Lee Jun")}));
        // Ended: whatever is over, returned ones included.
        status->setCurrentIndex(status->findText(QStringLiteral("Ended (returned, cancelled, expired, rejected)")));
        QTRY_COMPARE(listed(table), (QStringList{QStringLiteral("Hyundai Avante/Lee Jun"), QStringLiteral("Kia K5/Kim Minji")}));
        status->setCurrentIndex(status->findText(QStringLiteral("Cancelled")));
        QTRY_COMPARE(listed(table), QStringList{QStringLiteral("Hyundai Avante/Lee Jun")});
        QTRY_COMPARE(count->text(), QStringLiteral("1 booking"));
        status->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), 4);

        // Typing searches resource and customer names once the typing pauses.
        auto *search = child<QLineEdit>(&page, "searchFilter");
        QTest::keyClicks(search, QStringLiteral("Lee"));
        QTRY_COMPARE(listed(table), (QStringList{QStringLiteral("Hyundai Avante/Lee Jun"), QStringLiteral("Kia K5/Lee Jun")}));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("K5"));
        QTRY_COMPARE(listed(table), (QStringList{QStringLiteral("Kia K5/Kim Minji"), QStringLiteral("Kia K5/Lee Jun")}));
        // The booking code the customer was given finds the booking, however it is typed, and
        // the detail pane shows it.
        const QString code = bookingcodes::codeFor(later.id);
        search->clear();
        QTest::keyClicks(search, code.toLower().remove(u'-'));
        QTRY_COMPARE(listed(table), QStringList{QStringLiteral("Hyundai Avante/Lee Jun")});
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(child<QLabel>(&page, "bookingCode")->text(), code);
        search->clear();

        // Dates are the shop's (Seoul) days; either end may stay "any date".
        QTest::mouseClick(child<QPushButton>(&page, "clearFilters"), Qt::LeftButton);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(table->model()->rowCount(), 4);
        auto *from = child<QDateEdit>(&page, "fromFilter");
        auto *to = child<QDateEdit>(&page, "toFilter");
        QCOMPARE(from->text(), QStringLiteral("Any date"));
        from->setDate(seoulDate(later.period.start));
        QTRY_COMPARE(listed(table), QStringList{QStringLiteral("Hyundai Avante/Lee Jun")});
        from->setDate(from->minimumDate());
        to->setDate(seoulDate(TestBackend::StartTime + TestBackend::Day));
        QTRY_COMPARE(listed(table), (QStringList{QStringLiteral("Hyundai Avante/Kim Minji"), QStringLiteral("Kia K5/Lee Jun")}));
        QTest::mouseClick(child<QPushButton>(&page, "clearFilters"), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QTRY_COMPARE(count->text(), QStringLiteral("4 bookings"));

        // A click on a column header sorts by it (in SQL); a second click turns the order round.
        QHeaderView *header = table->horizontalHeader();
        const QPoint resourceHeader(header->sectionViewportPosition(BookingListModel::ResourceColumn) + 10, header->height() / 2);
        auto firstResource = [table] { return table->model()->index(0, BookingListModel::ResourceColumn).data().toString(); };
        auto lastResource = [table] { return table->model()->index(3, BookingListModel::ResourceColumn).data().toString(); };
        for (int click = 0; click < 2; ++click) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, resourceHeader);
            QCOMPARE(header->sortIndicatorSection(), int(BookingListModel::ResourceColumn));
            const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
            QTRY_COMPARE(firstResource(), ascending ? QStringLiteral("Hyundai Avante") : QStringLiteral("Kia K5"));
            QTRY_COMPARE(lastResource(), ascending ? QStringLiteral("Kia K5") : QStringLiteral("Hyundai Avante"));
        }
    }

    void theListAsShownIsExportedToCsv()
    {
        TestBackend t;
        const Resource avante = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Hyundai Avante"));
        const Resource k5 = t.addResource(Profile::Car, 1, 60'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Customer kim = t.addCustomer(QStringLiteral("Kim Minji"));
        QVERIFY(t.hold(t.request(avante, kim, 1, 2)).ok());
        QVERIFY(t.hold(t.request(k5, kim, 3, 1)).ok());
        const Reservation cancelled = t.hold(t.request(avante, kim, 5, 1)).value();
        QVERIFY(TestBackend::await(t.reservations().cancel(cancelled.id)).ok());

        auto clerk = t.signIn(Role::Clerk);
        BookingsPage page(*clerk, context());
        page.show();
        auto *table = child<QTableView>(&page, "bookingsTable");
        auto *status = child<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("Cancelled")));
        QTRY_COMPARE(listed(table), QStringList{QStringLiteral("Hyundai Avante/Kim Minji")});

        auto *button = child<BookingExportButton>(&page, "exportBookings");
        QVERIFY(button->isVisible() && button->isEnabled());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy finished(button, &BookingExportButton::finished);
        button->exportTo(path);
        QVERIFY(finished.count() > 0 || !button->isEnabled()); // one export at a time
        QVERIFY(finished.count() > 0 || finished.wait(10'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(button->isEnabled());
        auto *notice = child<QLabel>(&page, "exportNotice");
        QCOMPARE(notice->text(), QStringLiteral("1 booking exported to %1.").arg(QDir::toNativeSeparators(path)));

        // What the list showed, and only that: the header and the one cancelled booking.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines, each ended
        QVERIFY(lines.at(1).contains(ids::toText(cancelled.id).toUtf8()));
        QVERIFY(lines.at(1).contains("Hyundai Avante"));

        // Where it cannot write, the clerk is told why, beside the button.
        finished.clear();
        button->exportTo(out.filePath(QStringLiteral("no-such-folder/x.csv")));
        QVERIFY(finished.count() > 0 || finished.wait(10'000)); // a quick failure may answer at once
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(notice->text().startsWith(QStringLiteral("The bookings could not be exported to")), qPrintable(notice->text()));
    }

    void selectingShowsDetailsAndHistory()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Hyundai Avante"));
        const Customer kim = t.addCustomer(QStringLiteral("Kim Minji"));
        const Reservation r = t.hold(t.request(car, kim, 1, 2)).value();
        QVERIFY(t.payByCard(r.id).ok());
        auto manager = t.signIn(Role::Manager);
        BookingsPage page(*manager, context());
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Hyundai Avante"));

        QCOMPARE(child<QLabel>(&page, "bookingCustomer")->text(), QStringLiteral("Kim Minji"));
        QCOMPARE(child<QLabel>(&page, "bookingAmount")->text(), QStringLiteral("₩110,000"));
        QCOMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("confirmed"));
        QCOMPARE(child<QLabel>(&page, "bookingPayment")->text(), QStringLiteral("paid"));
        QCOMPARE(child<QLabel>(&page, "bookingOrigin")->text(), QStringLiteral("counter-1"));
        auto *history = child<QListWidget>(&page, "bookingTimeline");
        QTRY_VERIFY(history->count() >= 3);
        const QString lines = historyOf(history).join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("Booked — held, unpaid")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Payment of ₩110,000 approved")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Confirmed — confirmed, paid")), qPrintable(lines));
        // Times are the shop's: the hold was made at 17:00 in Seoul.
        QVERIFY2(historyOf(history).constFirst().contains(QStringLiteral("5:00")), qPrintable(lines));
        auto *payments = child<QListWidget>(&page, "bookingPayments");
        QTRY_VERIFY(payments->count() == 1 && payments->item(0)->text().contains(QStringLiteral("4242")));
        QVERIFY(payments->item(0)->text().contains(QStringLiteral("card")));
    }

    void carIsPickedUpAndReturnedThroughTheButtons()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 1)).value();
        QVERIFY(t.payByCard(r.id).ok()); // a paid car booking confirms itself
        auto clerk = t.signIn(Role::Clerk);
        BookingsPage page(*clerk, context());
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Kia K5"));
        QTRY_COMPARE(offered(&page), (QStringList{QStringLiteral("Pick up"), QStringLiteral("Cancel booking…")}));

        // A double click picks the car up, and only that: Return takes the place of Pick up,
        // but takes no click until a double-click interval has passed.
        auto *status = child<QLabel>(&page, "bookingStatus");
        auto *pane = page.findChild<BookingDetailPane *>();
        QVERIFY(pane);
        QSignalSpy settled(pane, &BookingDetailPane::actionsSettled);
        auto *start = child<QPushButton>(&page, "startFulfilment");
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("rented out"));
        QCOMPARE(offered(&page), QStringList{QStringLiteral("Return")});
        auto *finish = child<QPushButton>(&page, "finishFulfilment");
        QVERIFY(!finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton); // the double click's second click
        QVERIFY(settled.count() > 0 || settled.wait(5'000));
        QCOMPARE(status->text(), QStringLiteral("rented out"));
        QCOMPARE(t.reload(r.id).status, ReservationStatus::InUse);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_COMPARE(status->text(), QStringLiteral("returned"));
        QCOMPARE(offered(&page), QStringList());
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Completed);
        // The list follows, and the history names the steps in the car's words.
        auto *table = child<QTableView>(&page, "bookingsTable");
        QTRY_COMPARE(table->model()->index(0, BookingListModel::StatusColumn).data().toString(), QStringLiteral("returned"));
        QTRY_VERIFY(historyOf(child<QListWidget>(&page, "bookingTimeline")).join(u'\n').contains(QStringLiteral("Return — returned")));
        QVERIFY(historyOf(child<QListWidget>(&page, "bookingTimeline")).join(u'\n').contains(QStringLiteral("Pick up — rented out")));
    }

    // Admission 15 days early is a slip: the pane asks, and "Not yet" (the default) changes
    // nothing.
    void aStepLongBeforeTheStartAsksFirst()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 15, 1)).value();
        QVERIFY(t.payByCard(r.id).ok());
        auto clerk = t.signIn(Role::Clerk);
        BookingsPage page(*clerk, context());
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Kia K5"));
        auto *start = child<QPushButton>(&page, "startFulfilment");
        QTRY_VERIFY(start->isVisible() && start->isEnabled());
        const QStringList before = t.snapshot();

        QTest::mouseClick(start, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = page.findChild<QMessageBox *>(QStringLiteral("earlyStepQuestion"))));
        // (No translator here: the English plural form is the app's.)
        QVERIFY2(question->text().contains(QStringLiteral(", in 15 day")), qPrintable(question->text()));
        QVERIFY(question->text().endsWith(QStringLiteral("Do it now anyway?")));
        QCOMPARE(child<QPushButton>(question, "earlyStepGo")->text(), QStringLiteral("Pick up now"));
        QVERIFY(!start->isEnabled()); // while it asks
        QCOMPARE(question->defaultButton()->text(), QStringLiteral("Not yet"));
        QTest::mouseClick(question->defaultButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("earlyStepQuestion")));
        QCOMPARE(t.snapshot(), before);
        QCOMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("confirmed"));

        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY((question = page.findChild<QMessageBox *>(QStringLiteral("earlyStepQuestion"))));
        QTest::mouseClick(child<QPushButton>(question, "earlyStepGo"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("rented out"));
        QCOMPARE(t.reload(r.id).status, ReservationStatus::InUse);
    }

    void dispatcherConfirmsAPaidTaxi()
    {
        TestBackend t;
        const Resource taxi = t.addResource(Profile::Taxi, 3, 30'000, PricingUnit::PerBooking, QStringLiteral("Van taxi"));
        const Reservation r = t.hold(t.request(taxi, t.addCustomer(), 1, 1)).value();
        QVERIFY(t.payByCard(r.id).ok()); // paid, but a taxi waits for the dispatcher
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Held);
        auto manager = t.signIn(Role::Manager);
        BookingsPage page(*manager, context(Profile::Taxi));
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Van taxi"));
        QTRY_COMPARE(offered(&page), (QStringList{QStringLiteral("Confirm"), QStringLiteral("Cancel booking…")}));
        QTest::mouseClick(child<QPushButton>(&page, "confirmBooking"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("confirmed"));
        QCOMPARE(offered(&page), (QStringList{QStringLiteral("Dispatch"), QStringLiteral("Cancel booking…")}));
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Confirmed);
    }

    // The dispatcher's queue: the trips not sent yet, the next pickup first; only a taxi shop
    // has it.
    void theDispatchQueueListsTripsNotSentSoonestFirst()
    {
        TestBackend t;
        const Resource taxi = t.addResource(Profile::Taxi, 5, 30'000, PricingUnit::PerBooking, QStringLiteral("Van taxi"));
        const auto trip = [&](const QString &who, qint64 day) {
            const Reservation r = t.hold(t.request(taxi, t.addCustomer(who, QStringLiteral("010-1000-2000")), day, 1)).value();
            TestBackend::must(t.reservations().pay({r.id, PaymentMethod::Cash, {}, {}, {}}));
            return r;
        };
        const Reservation later = trip(QStringLiteral("Later"), 3);
        TestBackend::must(t.reservations().confirm(later.id));
        trip(QStringLiteral("Soon"), 1); // paid, the dispatcher has not confirmed it yet
        const Reservation out = trip(QStringLiteral("Out"), 0);
        TestBackend::must(t.reservations().confirm(out.id));
        TestBackend::must(t.reservations().startFulfilment(out.id));
        auto manager = t.signIn(Role::Manager);
        BookingsPage page(*manager, context(Profile::Taxi));
        page.show();
        auto *table = child<QTableView>(&page, "bookingsTable");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        auto *status = child<QComboBox>(&page, "statusFilter");
        QCOMPARE(status->itemText(1), QStringLiteral("Waiting for dispatch (held, confirmed)"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QTRY_COMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        const auto customerAt = [table](int row) {
            return table->model()->index(row, BookingListModel::CustomerColumn).data().toString();
        };
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_COMPARE((QStringList{customerAt(0), customerAt(1)}), (QStringList{QStringLiteral("Soon"), QStringLiteral("Later")}));

        BookingsPage carShop(*manager, context(Profile::Car));
        QCOMPARE(child<QComboBox>(&carShop, "statusFilter")->findText(QStringLiteral("Waiting for dispatch (held, confirmed)")), -1);
    }

    void exhibitionAdmits()
    {
        TestBackend t;
        const Resource session = t.addResource(Profile::Exhibition, 50, 15'000, PricingUnit::PerSeat, QStringLiteral("Monet, Hall A"));
        const Reservation r = t.hold(t.seats(session, t.addCustomer(), 2)).value();
        QVERIFY(t.payByCard(r.id).ok());
        auto clerk = t.signIn(Role::Clerk);
        BookingsPage page(*clerk, context(Profile::Exhibition));
        page.show();
        // The column of what was booked is named in the business's words.
        QCOMPARE(child<QTableView>(&page, "bookingsTable")->model()->headerData(BookingListModel::ResourceColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Session"));
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Monet, Hall A"));
        QTRY_COMPARE(offered(&page), (QStringList{QStringLiteral("Admit"), QStringLiteral("Cancel booking…")}));
        QCOMPARE(child<QLabel>(&page, "bookingQuantity")->text(), QStringLiteral("2"));
    }

    void cancellingAPaidBookingRefundsIt()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 2)).value();
        QVERIFY(t.payByCard(r.id).ok());
        auto clerk = t.signIn(Role::Clerk);
        BookingsPage page(*clerk, context());
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Kia K5"));
        auto *cancel = child<QPushButton>(&page, "cancelBooking");
        QTRY_VERIFY(cancel->isVisible());

        // First the question, naming the refund; "keep" changes nothing.
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *question = child<QWidget>(&page, "cancelQuestion");
        QVERIFY(question->isVisible());
        QVERIFY(question->findChild<QLabel *>()->text().contains(QStringLiteral("₩110,000 will be refunded")));
        QVERIFY(!cancel->isEnabled());
        QTest::mouseClick(child<QPushButton>(&page, "keepBooking"), Qt::LeftButton);
        QVERIFY(!question->isVisible());
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Confirmed);

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&page, "confirmCancel"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("cancelled"));
        QCOMPARE(child<QLabel>(&page, "bookingPayment")->text(), QStringLiteral("refunded"));
        QVERIFY(child<QLabel>(&page, "bookingMessage")->text().contains(QStringLiteral("₩110,000 was refunded")));
        QCOMPARE(offered(&page), QStringList());
        const Reservation after = t.reload(r.id);
        QCOMPARE(after.status, ReservationStatus::Cancelled);
        QCOMPARE(after.paymentStatus, PaymentStatus::Refunded);
        QTRY_VERIFY(historyOf(child<QListWidget>(&page, "bookingTimeline")).join(u'\n').contains(QStringLiteral("₩110,000 refunded")));
    }

    void buttonsFollowStateAndRole()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 1)).value(); // held, unpaid
        auto clerk = t.signIn(Role::Clerk);
        BookingsPage page(*clerk, context());
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Kia K5"));
        // An unpaid held booking: pay it or cancel it; confirming waits for the payment.
        QTRY_COMPARE(offered(&page), (QStringList{QStringLiteral("Confirm"), QStringLiteral("Pay…"), QStringLiteral("Cancel booking…")}));
        QVERIFY(!child<QPushButton>(&page, "confirmBooking")->isEnabled());
        QVERIFY(child<QPushButton>(&page, "payBooking")->isEnabled());
        // "Pay…" opens the payment dialog for this booking.
        QTest::mouseClick(child<QPushButton>(&page, "payBooking"), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<PaymentDialog *>() && page.findChild<PaymentDialog *>()->isVisible());
        page.findChild<PaymentDialog *>()->reject();

        // A customer's session may do none of these to a booking of the shop: no buttons at
        // all, and the list itself says it is not theirs to see.
        auto customer = t.signIn(Role::Customer);
        BookingDetailPane pane(*customer, context());
        pane.show();
        const BookingRow row{t.reload(r.id), QStringLiteral("Kia K5"), QStringLiteral("Kim Minji"), Profile::Car, 0};
        pane.showBooking(row);
        QCOMPARE(offered(&pane), QStringList());
        BookingsPage refused(*customer, context());
        refused.show();
        QTRY_VERIFY(child<QLabel>(&refused, "bookingsError")->isVisible());
        QVERIFY(!child<QLabel>(&refused, "bookingsError")->text().isEmpty());
    }

    void refusedStepsAreExplainedInThePane()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 1)).value();
        QVERIFY(t.payByCard(r.id).ok());
        auto manager = t.signIn(Role::Manager);
        BookingsPage page(*manager, context());
        page.show();
        clickRow(child<QTableView>(&page, "bookingsTable"), QStringLiteral("Kia K5"));
        auto *pickUp = child<QPushButton>(&page, "startFulfilment");
        QTRY_VERIFY(pickUp->isVisible());

        // Another counter cancels the booking; before this screen hears of it, the clerk
        // clicks "Pick up": the services refuse, and the pane says why.
        QVERIFY(TestBackend::await(t.reservations().cancel(r.id)).ok());
        QTest::mouseClick(pickUp, Qt::LeftButton);
        auto *message = child<QLabel>(&page, "bookingMessage");
        QTRY_COMPARE(message->text(), QStringLiteral("A booking that is cancelled cannot become in use."));
        QVERIFY(message->styleSheet().contains(QStringLiteral("color")));
        // Then it shows the booking as it is now, with nothing left to do.
        QTRY_COMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("cancelled"));
        QCOMPARE(offered(&page), QStringList());
        QCOMPARE(message->text(), QStringLiteral("A booking that is cancelled cannot become in use."));
        QCOMPARE(t.reload(r.id).status, ReservationStatus::Cancelled);
    }

    void keyboardReachesSearchAndSteps()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        QVERIFY(t.payByCard(t.hold(t.request(car, t.addCustomer(), 1, 1)).value().id).ok());
        auto manager = t.signIn(Role::Manager);
        BookingsPage page(*manager, context());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = child<QTableView>(&page, "bookingsTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);

        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, "searchFilter"));

        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down); // to the first row, which selects it
        QTRY_COMPARE(child<QLabel>(&page, "bookingStatus")->text(), QStringLiteral("confirmed"));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&page, "startFulfilment"));
        QCOMPARE(child<QPushButton>(&page, "startFulfilment")->text(), QStringLiteral("&Pick up"));
        // Every control has a name a screen reader can say (inner parts of composite
        // widgets excepted: their owner carries the name).
        for (QWidget *w : page.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w)
                                 || qobject_cast<QTableView *>(w) || qobject_cast<QListWidget *>(w) || qobject_cast<QPushButton *>(w);
            bool inner = false;
            for (QWidget *p = w->parentWidget(); p && p != &page; p = p->parentWidget())
                inner = inner || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) || qobject_cast<QCalendarWidget *>(p);
            if (control && !inner)
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestBookingsPage)
#include "tst_bookingspage.moc"
