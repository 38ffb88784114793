// The Book screen driven through its widgets over a real database: a clerk books a car for a
// new walk-in customer and takes the card payment; exhibition seats and taxi slots follow
// their profile's period style; a customer books for themselves; an invalid period is
// explained and asks nothing of the services; the models pass QAbstractItemModelTester.
#include "availabilitymodel.h"
#include "bookingconfirmation.h"
#include "bookpage.h"
#include "childwidget.h"
#include "customerdialog.h"
#include "customerpicker.h"
#include "customersearchmodel.h"
#include "paymentdialog.h"
#include "periodpicker.h"
#include "timefield.h"
#include "testbackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

class TestBookPage final : public QObject
{
    Q_OBJECT

private:
    static UiContext context(Profile profile)
    {
        return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, profile};
    }
    static qint64 seoul(QDate date, QTime time = QTime(0, 0))
    {
        return QDateTime(date, time, QTimeZone("Asia/Seoul")).toSecsSinceEpoch();
    }


    static void click(QWidget *widget)
    {
        QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + u" is disabled"_s));
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    static void clickRow(QTableView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static int rowNamed(const AvailabilityModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.rowAt(row).name == name)
                return row;
        return -1;
    }

    static void typeInto(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    }

    static void typeInto(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    }

private Q_SLOTS:
    void clerkBooksACarForANewWalkInAndPaysByCard()
    {
        TestBackend t;
        t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, u"Hyundai Avante"_s);
        t.addResource(Profile::Car, 1, 70'000, PricingUnit::PerDay, u"Kia K5"_s);
        auto clerk = t.signIn(Role::Clerk);
        BookPage page(*clerk, context(Profile::Car));
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The walk-in is not known yet.
        auto *search = child<QLineEdit>(&page, u"customerSearch"_s);
        QTest::keyClicks(search, u"Park"_s);
        auto *status = child<QLabel>(&page, u"customerStatus"_s);
        QTRY_VERIFY(status->text().contains(u"No customer matches"_s));

        click(child<QPushButton>(&page, u"newCustomer"_s));
        CustomerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<CustomerDialog *>()) && dialog->isVisible());
        auto *name = child<QLineEdit>(dialog, u"customerName"_s);
        QCOMPARE(name->text(), u"Park"_s); // what was typed in the search
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" Jisoo"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"customerPhone"_s), u"010-5555-0101"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"customerEmail"_s), u"not-an-address"_s);
        click(child<QPushButton>(dialog, u"saveCustomer"_s));
        // The service's validation is shown next to the field; nothing is registered.
        auto *emailError = child<QLabel>(dialog, u"emailError"_s);
        QTRY_VERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(u"e-mail"_s));
        child<QLineEdit>(dialog, u"customerEmail"_s)->clear();
        click(child<QPushButton>(dialog, u"saveCustomer"_s));
        auto *chosen = child<QLabel>(&page, u"chosenCustomer"_s);
        QTRY_VERIFY(chosen->text().contains(u"Park Jisoo"_s));
        QVERIFY(chosen->text().contains(u"010-5555-0101"_s));

        // Two days from 20 January at 9:30 in the morning, the time typed as people write it:
        // 48 hours in the shop's time zone.
        auto *start = child<QDateEdit>(&page, u"startDate"_s);
        start->setDate(QDate(2027, 1, 20));
        typeInto(child<QSpinBox>(&page, u"days"_s), u"2"_s);
        QCOMPARE(child<QDateEdit>(&page, u"endDate"_s)->date(), QDate(2027, 1, 22));
        QCOMPARE(child<TimeField>(&page, u"pickupTime"_s)->time(), QTime(10, 0)); // not midnight
        QCOMPARE(child<TimeField>(&page, u"returnTime"_s)->time(), QTime(10, 0));
        typeInto(child<TimeField>(&page, u"pickupTime"_s), u"9:30 AM"_s);
        typeInto(child<TimeField>(&page, u"returnTime"_s), u"9:30 AM"_s);
        QCOMPARE(child<TimeField>(&page, u"pickupTime"_s)->time(), QTime(9, 30));
        QCOMPARE(child<TimeField>(&page, u"returnTime"_s)->time(), QTime(9, 30));
        QTest::keyClick(child<QSpinBox>(&page, u"days"_s), Qt::Key_Return); // Enter = Find

        auto *view = child<QTableView>(&page, u"availability"_s);
        auto *model = qobject_cast<AvailabilityModel *>(view->model());
        QTRY_COMPARE(model->rowCount(), 2);
        const int avante = rowNamed(*model, u"Hyundai Avante"_s);
        QVERIFY(avante >= 0);
        QCOMPARE(model->index(avante, AvailabilityModel::PriceColumn).data().toString(), u"₩110,000"_s);
        QCOMPARE(model->index(avante, AvailabilityModel::FreeColumn).data().toString(), u"1"_s);

        clickRow(view, avante);
        auto *hold = child<QPushButton>(&page, u"hold"_s);
        QTRY_VERIFY(hold->isEnabled());
        click(hold);
        auto *confirmation = page.findChild<BookingConfirmation *>();
        QTRY_VERIFY(confirmation->isVisible());
        const Reservation held = *confirmation->reservation();
        QCOMPARE(held.period.start, seoul(QDate(2027, 1, 20), QTime(9, 30)));
        QCOMPARE(held.period.seconds(), 48 * 60 * 60);
        QCOMPARE(held.amount.minor, 110'000);
        const QString said = child<QLabel>(confirmation, u"confirmationText"_s)->text();
        QVERIFY2(said.contains(u"₩110,000"_s) && said.contains(u"15 minute"_s), qPrintable(said));
        // The booked car is no longer offered for those days.
        QTRY_COMPARE(model->rowCount(), 1);

        click(child<QPushButton>(confirmation, u"payNow"_s));
        PaymentDialog *payment = nullptr;
        QTRY_VERIFY((payment = page.findChild<PaymentDialog *>()) && payment->isVisible());
        // RD_GRAB=folder keeps pictures of the screen for a look by eye.
        if (const QString folder = qEnvironmentVariable("RD_GRAB"); !folder.isEmpty()) {
            page.grab().save(folder + u"/bookpage.png"_s);
            payment->grab().save(folder + u"/paymentdialog.png"_s);
        }
        QVERIFY(child<QLabel>(payment, u"amount"_s)->text().contains(u"₩110,000"_s));
        QSignalSpy paid(payment, &PaymentDialog::paid);
        QTest::keyClicks(child<QLineEdit>(payment, u"cardToken"_s), u"tok_visa"_s);
        QTest::keyClicks(child<QLineEdit>(payment, u"cardLast4"_s), u"4242"_s);
        click(child<QPushButton>(payment, u"pay"_s));
        QVERIFY(paid.count() || paid.wait(5000));
        QCOMPARE(paid.first().first().value<PaymentOutcome>().paymentStatus, PaymentStatus::Approved);
        QVERIFY(child<QLabel>(payment, u"outcome"_s)->text().startsWith(u"Approved"_s));

        const Reservation stored = t.reload(held.id);
        QCOMPARE(stored.status, ReservationStatus::Confirmed);
        QCOMPARE(stored.paymentStatus, PaymentStatus::Approved);
        QCOMPARE(stored.customerId, page.findChild<CustomerPicker *>()->customer()->id);
        QTRY_VERIFY(child<QLabel>(confirmation, u"confirmationText"_s)->text().contains(u"Confirmed"_s));
        QTRY_VERIFY(!child<QPushButton>(confirmation, u"payNow"_s)->isVisible());
        QTRY_VERIFY(child<QLabel>(confirmation, u"confirmationText"_s)->text().contains(u"Payment approved."_s));

        // Cancelled after paying: the text says what happened (refunded), not "approved".
        QVERIFY(TestBackend::await(clerk->cancel(held.id)).ok());
        QCOMPARE(t.reload(held.id).paymentStatus, PaymentStatus::Refunded);
        QTRY_VERIFY(child<QLabel>(confirmation, u"confirmationText"_s)->text().contains(u"refunded"_s));
        const QString afterCancel = child<QLabel>(confirmation, u"confirmationText"_s)->text();
        QVERIFY2(!afterCancel.contains(u"approved"_s), qPrintable(afterCancel));
    }

    void exhibitionSessionWithTooFewSeatsIsNotOffered()
    {
        TestBackend t;
        const QDate day(2027, 1, 20);
        const Resource morning = t.addSession(seoul(day, QTime(10, 0)), 3, 15'000, u"Morning session"_s);
        t.addSession(seoul(day, QTime(18, 0)), 10, 12'000, u"Evening session"_s);
        const Customer c = t.addCustomer();
        QVERIFY(t.hold(t.seats(morning, c)).ok());

        auto clerk = t.signIn(Role::Clerk);
        BookPage page(*clerk, context(Profile::Exhibition));
        page.show();
        QVERIFY(page.findChild<QDateEdit *>(u"endDate"_s) == nullptr); // one date only
        child<QDateEdit>(&page, u"startDate"_s)->setDate(day);
        auto *quantity = child<QSpinBox>(&page, u"quantity"_s);
        QCOMPARE(quantity->minimum(), 1);
        QCOMPARE(quantity->accessibleName(), u"Seats"_s);
        typeInto(quantity, u"3"_s);
        click(child<QPushButton>(&page, u"find"_s));
        auto *model = qobject_cast<AvailabilityModel *>(child<QTableView>(&page, u"availability"_s)->model());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0).name, u"Evening session"_s);
        QCOMPARE(model->index(0, AvailabilityModel::PriceColumn).data().toString(), u"₩36,000"_s);

        typeInto(quantity, u"2"_s);
        QCOMPARE(model->rowCount(), 0); // results answer the old quantity: gone
        click(child<QPushButton>(&page, u"find"_s));
        QTRY_COMPARE(model->rowCount(), 2);
        const int row = rowNamed(*model, u"Morning session"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, AvailabilityModel::FreeColumn).data().toString(), u"2 of 3"_s);
    }

    // A session is a slot: a day's search lists that day's sessions, by their date, time and
    // hall, never one that has begun; holding one books exactly its slot.
    void exhibitionSessionsAreTheirOwnSlots()
    {
        TestBackend t; // the clock: 2027-01-15 17:00 in Seoul
        const QDate today(2027, 1, 15);
        t.clock().set(seoul(today, QTime(16, 0))); // registered before it began
        t.addSession(seoul(today, QTime(16, 30)), 40, 15'000, u"Monet"_s);
        t.clock().set(TestBackend::StartTime);
        const Resource evening = t.addSession(seoul(today, QTime(19, 0)), 40, 15'000, u"Monet"_s, 90);
        const Resource morning = t.addSession(seoul(today.addDays(1), QTime(10, 0)), 40, 15'000, u"Monet"_s);
        t.addCustomer(u"Lee Seojun"_s, u"010-7777-1234"_s);
        auto clerk = t.signIn(Role::Clerk);
        BookPage page(*clerk, context(Profile::Exhibition));
        page.show();
        auto *model = qobject_cast<AvailabilityModel *>(child<QTableView>(&page, u"availability"_s)->model());
        const auto search = [&](QDate day) {
            child<QDateEdit>(&page, u"startDate"_s)->setDate(day);
            QSignalSpy answered(model, &QAbstractItemModel::modelReset);
            click(child<QPushButton>(&page, u"find"_s));
            QVERIFY2(answered.count() || answered.wait(), qPrintable(child<QLabel>(&page, u"availabilityStatus"_s)->text()));
        };
        search(today);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0).resourceId, evening.id);
        QCOMPARE(model->index(0, AvailabilityModel::NameColumn).data().toString(), u"Monet — 1/15/27 7:00 PM–8:30 PM"_s);
        search(today.addDays(1));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0).resourceId, morning.id);
        search(today.addDays(2));
        QCOMPARE(model->rowCount(), 0);

        search(today);
        QTest::keyClicks(child<QLineEdit>(&page, u"customerSearch"_s), u"01077771"_s);
        QTRY_COMPARE(child<QTableView>(&page, u"customerResults"_s)->model()->rowCount(), 1);
        QTest::keyClick(child<QLineEdit>(&page, u"customerSearch"_s), Qt::Key_Return); // the only match
        QTRY_VERIFY(child<QLabel>(&page, u"chosenCustomer"_s)->text().contains(u"Lee Seojun"_s));
        clickRow(child<QTableView>(&page, u"availability"_s), 0);
        auto *hold = child<QPushButton>(&page, u"hold"_s);
        QTRY_VERIFY(hold->isEnabled());
        click(hold);
        auto *confirmation = page.findChild<BookingConfirmation *>();
        QTRY_VERIFY(confirmation->reservation().has_value());
        const Reservation held = t.reload(confirmation->reservation()->id);
        QCOMPARE(held.period, (Period{seoul(today, QTime(19, 0)), seoul(today, QTime(20, 30))}));
    }

    // Times typed as people write them mean what they say, morning or afternoon, and the
    // return is the hour given on the end date.
    void typedTimesAreTheTimesMeant()
    {
        TestBackend t;
        PeriodPicker picker(context(Profile::Car));
        picker.show();
        picker.setStart(QDate(2027, 1, 20), 1);
        auto *pickup = child<TimeField>(&picker, u"pickupTime"_s);
        auto *back = child<TimeField>(&picker, u"returnTime"_s);
        const QList<std::pair<QString, QTime>> typed{{u"9:30 AM"_s, QTime(9, 30)},  {u"6:05 PM"_s, QTime(18, 5)},
                                                     {u"12:15 PM"_s, QTime(12, 15)}, {u"12:15 AM"_s, QTime(0, 15)},
                                                     {u"11:59 PM"_s, QTime(23, 59)}, {u"7:00 am"_s, QTime(7, 0)}};
        for (const auto &[text, meant] : typed) {
            typeInto(pickup, text);
            QCOMPARE(pickup->time(), meant);
        }
        typeInto(pickup, u"9:30 AM"_s);
        typeInto(back, u"6:00 PM"_s);
        const auto asked = picker.period();
        QVERIFY(asked.ok());
        QCOMPARE(asked->start, seoul(QDate(2027, 1, 20), QTime(9, 30)));
        QCOMPARE(asked->end, seoul(QDate(2027, 1, 21), QTime(18, 0)));
        QCOMPARE(asked->days(), 2); // a day and a half is charged as two
    }

    void taxiSlotLastsExactlySlotMinutes()
    {
        TestBackend t;
        t.addResource(Profile::Taxi, 5, 8'000, PricingUnit::PerBooking, u"Standard taxi"_s);
        t.addCustomer(u"Lee Seojun"_s, u"010-7777-1234"_s);
        auto clerk = t.signIn(Role::Clerk);
        BookPage page(*clerk, context(Profile::Taxi));
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Typed without dashes, the phone still matches.
        QTest::keyClicks(child<QLineEdit>(&page, u"customerSearch"_s), u"01077771"_s);
        auto *customers = child<QTableView>(&page, u"customerResults"_s);
        QTRY_COMPARE(customers->model()->rowCount(), 1);
        QTest::keyClick(child<QLineEdit>(&page, u"customerSearch"_s), Qt::Key_Return); // the only match
        QTRY_VERIFY(child<QLabel>(&page, u"chosenCustomer"_s)->text().contains(u"Lee Seojun"_s));

        const QDate day(2027, 1, 20);
        child<QDateEdit>(&page, u"startDate"_s)->setDate(day);
        child<TimeField>(&page, u"pickupTime"_s)->setTime(QTime(9, 30));
        QTest::keyClick(child<TimeField>(&page, u"pickupTime"_s), Qt::Key_Return);
        auto *view = child<QTableView>(&page, u"availability"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AvailabilityModel::FreeColumn).data().toString(), u"5 of 5"_s);
        QTRY_VERIFY(child<QPushButton>(&page, u"hold"_s)->isEnabled()); // the first row is chosen
        // A taxi is not booked without where it picks up and where it goes: said beside the
        // fields, the pickup field is focused, nothing is stored.
        const QStringList before = t.snapshot();
        click(child<QPushButton>(&page, u"hold"_s));
        QCOMPARE(child<QLabel>(&page, u"bookingDetailsError"_s)->text(), u"Pickup address is required."_s);
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, u"pickup"_s));
        QCOMPARE(t.snapshot(), before);
        QTest::keyClicks(child<QLineEdit>(&page, u"pickup"_s), u"  Seoul Station, exit 1 "_s);
        QTest::keyClick(child<QLineEdit>(&page, u"pickup"_s), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Gimpo Airport"_s);
        QCOMPARE(child<QLineEdit>(&page, u"destination"_s)->text(), u"Gimpo Airport"_s);
        click(child<QPushButton>(&page, u"hold"_s));
        auto *confirmation = page.findChild<BookingConfirmation *>();
        QTRY_VERIFY(confirmation->isVisible());
        const Reservation r = t.reload(confirmation->reservation()->id);
        QCOMPARE(r.details, (QJsonObject{{u"pickup"_s, u"Seoul Station, exit 1"_s}, {u"destination"_s, u"Gimpo Airport"_s}}));
        QVERIFY(child<QLineEdit>(&page, u"pickup"_s)->text().isEmpty()); // the next trip is another one
        QCOMPARE(r.period.start, seoul(day, QTime(9, 30)));
        QCOMPARE(r.period.seconds(), qint64(profiles::traits(Profile::Taxi).slotMinutes) * 60);
        QVERIFY(child<QLabel>(confirmation, u"confirmationText"_s)->text().contains(u"dispatcher"_s));
    }

    void customerBooksForThemselvesWithoutAPicker()
    {
        TestBackend t;
        t.addResource(Profile::Item, 1, 3'000, PricingUnit::PerDay, u"Camping tent"_s);
        auto customer = t.signIn(Role::Customer, u"minji"_s);
        BookPage page(*customer, context(Profile::Item));
        page.show();
        QVERIFY(page.findChild<CustomerPicker *>() == nullptr);
        QVERIFY(page.findChild<QLineEdit *>(u"customerSearch"_s) == nullptr);
        QTRY_VERIFY(child<QLabel>(&page, u"bookingFor"_s)->text().contains(u"Customer minji"_s));

        child<QDateEdit>(&page, u"startDate"_s)->setDate(QDate(2027, 2, 1));
        click(child<QPushButton>(&page, u"find"_s));
        QTRY_COMPARE(child<QTableView>(&page, u"availability"_s)->model()->rowCount(), 1);
        QTRY_VERIFY(child<QPushButton>(&page, u"hold"_s)->isEnabled());
        click(child<QPushButton>(&page, u"hold"_s));
        auto *confirmation = page.findChild<BookingConfirmation *>();
        QTRY_VERIFY(confirmation->isVisible());
        const Reservation r = t.reload(confirmation->reservation()->id);
        QCOMPARE(r.customerId, customer->user().customerId);
        QCOMPARE(r.period.seconds(), 24 * 60 * 60);
    }

    // The list refreshes after each hold: what was chosen stays chosen while it is still free,
    // and once it is gone nothing is chosen (never the first row, which is another resource).
    void afterAHoldTheChoiceStaysOrIsCleared()
    {
        TestBackend t;
        t.addResource(Profile::Item, 1, 3'000, PricingUnit::PerDay, u"Camping tent"_s);
        t.addResource(Profile::Item, 3, 5'000, PricingUnit::PerDay, u"Kayak"_s);
        auto customer = t.signIn(Role::Customer, u"minji"_s);
        BookPage page(*customer, context(Profile::Item));
        page.show();
        child<QDateEdit>(&page, u"startDate"_s)->setDate(QDate(2027, 2, 1));
        click(child<QPushButton>(&page, u"find"_s));
        auto *view = child<QTableView>(&page, u"availability"_s);
        auto *model = qobject_cast<AvailabilityModel *>(view->model());
        QVERIFY(model);
        QTRY_COMPARE(model->rowCount(), 2);
        auto *hold = child<QPushButton>(&page, u"hold"_s);

        // A kayak: two are left, the kayak stays chosen.
        clickRow(view, rowNamed(*model, u"Kayak"_s));
        click(hold);
        QTRY_COMPARE(model->rowAt(rowNamed(*model, u"Kayak"_s)).free, 2);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(model->rowAt(view->currentIndex().row()).name, u"Kayak"_s);

        // The only tent: it leaves the list, and the kayak is not chosen in its place.
        clickRow(view, rowNamed(*model, u"Camping tent"_s));
        QTRY_VERIFY(hold->isEnabled());
        click(hold);
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(!view->currentIndex().isValid());
        QVERIFY(!hold->isEnabled());
    }

    void invalidPeriodIsExplainedAndAsksNothing()
    {
        TestBackend t;
        t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, u"Hyundai Avante"_s);
        auto clerk = t.signIn(Role::Clerk);
        BookPage page(*clerk, context(Profile::Car));
        page.show();
        auto *view = child<QTableView>(&page, u"availability"_s);
        child<QDateEdit>(&page, u"startDate"_s)->setDate(QDate(2027, 1, 20));
        click(child<QPushButton>(&page, u"find"_s));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QStringList before = t.snapshot();

        auto *end = child<QDateEdit>(&page, u"endDate"_s);
        end->setDate(QDate(2027, 1, 19)); // before the start
        QTest::keyClick(end, Qt::Key_Return);
        auto *error = child<QLabel>(&page, u"periodError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"end date must be after the start date"_s));
        QCOMPARE(view->model()->rowCount(), 0); // cleared at once, not searched
        QVERIFY(!child<QPushButton>(&page, u"hold"_s)->isEnabled());
        click(child<QPushButton>(&page, u"find"_s)); // again, by the button: same answer
        QVERIFY(error->isVisible());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(t.snapshot(), before);

        end->setDate(QDate(2027, 1, 21)); // corrected: the message goes
        QVERIFY(!error->isVisible());
        QCOMPARE(child<QSpinBox>(&page, u"days"_s)->value(), 1);
    }

    void availabilityModelPassesTheTester()
    {
        AvailabilityModel model(context(Profile::Exhibition).display, Profile::Exhibition);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid a = QUuid::createUuid();
        model.setRows({Availability{a, u"A"_s, Profile::Exhibition, 3, 2, Money{30'000, u"KRW"_s}},
                       Availability{QUuid::createUuid(), u"B"_s, Profile::Exhibition, 1, 1, Money{0, u"KRW"_s}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(AvailabilityModel::FreeColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Free Seats"_s);
        QCOMPARE(model.index(0, AvailabilityModel::FreeColumn).data().toString(), u"2 of 3"_s);
        QCOMPARE(model.index(1, AvailabilityModel::PriceColumn).data().toString(), u"₩0"_s);
        QCOMPARE(model.index(0, 0).data(AvailabilityModel::ResourceIdRole).toUuid(), a);
        QCOMPARE(model.rowOf(a), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(a), -1);
    }

    void customerSearchModelPassesTheTester()
    {
        TestBackend t;
        for (int i = 0; i < 60; ++i)
            t.addCustomer(u"Kim %1"_s.arg(i, 2, 10, QLatin1Char('0')), u"010-2000-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
        t.addCustomer(u"Jo Akim"_s, u"02-555-0000"_s);
        t.addCustomer(u"100% Rentals"_s, u""_s);
        auto clerk = t.signIn(Role::Clerk);
        CustomerSearchModel model(*clerk);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy searched(&model, &CustomerSearchModel::searched);

        model.setSearchText(u"kim"_s);
        QVERIFY(searched.wait(5000));
        QCOMPARE(model.rowCount(), 50); // capped
        QVERIFY(model.rowAt(0).data.name.startsWith(u"Kim"_s)); // prefix matches first

        model.setSearchText(u"akim"_s);
        QVERIFY(searched.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CustomerSearchModel::PhoneColumn).data().toString(), u"02-555-0000"_s);

        model.setSearchText(u"0102000 0007"_s); // phone digits, typed loosely
        QVERIFY(searched.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).data.name, u"Kim 07"_s);

        model.setSearchText(u"0%"_s); // % is a character, not a wildcard
        QVERIFY(searched.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).data.name, u"100% Rentals"_s);

        // Only the answer to the latest text is shown.
        model.setSearchText(u"Kim"_s);
        model.setSearchText(u"Kim 59"_s);
        QTRY_COMPARE(searched.last().first().toString(), u"Kim 59"_s);
        QCOMPARE(model.rowCount(), 1);

        searched.clear();
        model.setSearchText(u""_s);
        QVERIFY(searched.count() || searched.wait(5000));
        QCOMPARE(model.rowCount(), 0);

        // A customer session may not look people up.
        auto customer = t.signIn(Role::Customer);
        CustomerSearchModel refused(*customer);
        QSignalSpy failed(&refused, &CustomerSearchModel::searchFailed);
        refused.setSearchText(u"Kim"_s);
        QVERIFY(failed.count() || failed.wait(5000));
        QCOMPARE(refused.rowCount(), 0);
    }
};

QTEST_MAIN(TestBookPage)
#include "tst_bookpage.moc"
