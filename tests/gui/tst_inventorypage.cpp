// The manager's Inventory screen over a real database: registering and editing through the
// dialog with typed text, field-level validation that stores nothing, search, filters and
// SQL sorting, retirement with its force-cancel warning, and the role checks.
#include "childwidget.h"
#include "domain/errors.h"
#include "inventorypage.h"
#include "listitemdelegate.h"
#include "pricetext.h"
#include "resourceeditordialog.h"
#include "resourcelistmodel.h"
#include "resourcenowtext.h"
#include "testbackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

class TestInventoryPage final : public QObject
{
    Q_OBJECT

private:
    static UiContext context(Profile profile = Profile::Car, const Clock *clock = nullptr)
    {
        return {{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, profile, clock};
    }


    static ResourceEditorDialog *openDialog(InventoryPage &page)
    {
        ResourceEditorDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&]() { return (dialog = page.findChild<ResourceEditorDialog *>()) != nullptr; }))
            return nullptr;
        return dialog;
    }

    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    static void retype(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

    // Shortcuts only reach an active window.
    static bool activate(QWidget &page)
    {
        page.show();
        page.activateWindow();
        return QTest::qWaitForWindowActive(&page);
    }

    static void selectRowNamed(InventoryPage &page, const QString &name)
    {
        auto *table = child<QTableView>(&page, QStringLiteral("inventoryTable"));
        const int row = column(table->model(), 0).indexOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        table->setFocus();
        table->selectRow(row);
    }

private Q_SLOTS:
    void registersThroughTheDialog()
    {
        TestBackend t;
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context());
        QVERIFY(activate(page));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("inventoryTitle"))->text(), QStringLiteral("Cars"));
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("editResource"))->isEnabled()); // nothing selected
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("retireResource"))->isEnabled());

        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        ResourceEditorDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("resourceProfile"))->currentData().toInt(), int(Profile::Car));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("resourceName")), QStringLiteral("Kia Morning"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("resourceDescription")),
                         QStringLiteral("Small city car"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("resourcePrice")), QStringLiteral("45,000"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("attribute_plate")), QStringLiteral("12-GA 3456"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveResource")), Qt::LeftButton);

        QTRY_COMPARE(page.model()->rowCount(), 1);
        QTRY_VERIFY(!page.findChild<ResourceEditorDialog *>()); // closed once saved
        QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("Kia Morning"));
        QCOMPARE(page.model()->headerData(ResourceListModel::DetailsColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Plate number"));
        QCOMPARE(page.model()->index(0, ResourceListModel::DetailsColumn).data().toString(), QStringLiteral("12-GA 3456"));
        QCOMPARE(page.model()->index(0, ResourceListModel::NowColumn).data().toString(), QStringLiteral("Free"));
        QCOMPARE(page.model()->index(0, ResourceListModel::CapacityColumn).data().toInt(), 1);
        QCOMPARE(page.model()->index(0, ResourceListModel::PriceColumn).data().toString(), QStringLiteral("₩45,000 per day"));
        const Resource stored = page.model()->rowAt(0).resource;
        QCOMPARE(stored.data.price, (Money{45'000, QStringLiteral("KRW")}));
        QCOMPARE(stored.data.description, QStringLiteral("Small city car"));
        QCOMPARE(stored.data.attributes.value(QStringLiteral("plate")).toString(), QStringLiteral("12-GA 3456"));
        QCOMPARE(page.model()->index(0, 0).data(ResourceListModel::ResourceIdRole).value<QUuid>(), stored.id);
    }

    // A session is registered with its date and start time; one that would start in the past
    // is refused in the dialog, and the list tells the session by its date, time and hall.
    void sessionNeedsAFutureDateAndTime()
    {
        TestBackend t; // the clock: 2027-01-15 17:00 in Seoul
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(Profile::Exhibition, &t.clock()));
        QVERIFY(activate(page));
        page.registerResource();
        ResourceEditorDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        auto *date = child<QDateEdit>(dialog, QStringLiteral("attribute_date"));
        auto *time = child<QTimeEdit>(dialog, QStringLiteral("attribute_time"));
        QCOMPARE(date->date(), QDate(2027, 1, 15)); // today on the shop's clock
        QCOMPARE(time->time(), QTime(10, 0));
        QCOMPARE(time->accessibleName(), QStringLiteral("Starts at"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("resourceName")), QStringLiteral("Monet"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("resourcePrice")), QStringLiteral("15000"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("attribute_hall")), QStringLiteral("Hall A"));
        const QStringList before = t.snapshot();
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveResource")), Qt::LeftButton);
        auto *formError = child<QLabel>(dialog, QStringLiteral("formError"));
        QVERIFY(formError->isVisible());
        QCOMPARE(formError->text(), errors::sessionInPast().message);
        QVERIFY(dialog->isVisible());
        QCOMPARE(t.snapshot(), before);

        time->setTime(QTime(19, 30));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveResource")), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ResourceEditorDialog *>());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("Monet — 1/15/27 7:30 PM–9:30 PM"));
        QCOMPARE(page.model()->index(0, ResourceListModel::DetailsColumn).data().toString(), QStringLiteral("Hall A"));
        const auto stored = TestBackend::must(t.inventory().page(0, 10));
        QCOMPARE(stored.at(0).data.attributes.value(QStringLiteral("date")).toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(stored.at(0).data.attributes.value(QStringLiteral("time")).toString(), QStringLiteral("19:30"));
    }

    // The list says what each one is doing now: out and until when (overdue once that has
    // passed), booked and waiting to be handed out, free with the next booking, and for
    // several units how many; and it follows the bookings as they move.
    void showsWhatEachResourceIsDoingNow()
    {
        TestBackend t; // 2027-01-15 17:00 in Seoul
        const Resource out = t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("A out"));
        const Resource booked = t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("B booked"));
        const Resource waiting = t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("C waiting"));
        const Resource fleet = t.addResource(Profile::Car, 3, 50'000, PricingUnit::PerDay, QStringLiteral("D fleet"));
        const Customer c = t.addCustomer();
        const auto paid = [&](const Resource &r, qint64 startSecs, qint64 days, qint64 quantity = 1) {
            HoldRequest request = t.request(r, c, 0, days, quantity);
            request.start = startSecs;
            request.end = startSecs + days * TestBackend::Day;
            const Reservation held = t.hold(request).value();
            if (!t.payByCard(held.id).ok())
                qFatal("the card payment of a setup booking failed");
            return held.id;
        };
        const qint64 now = TestBackend::StartTime;
        const QUuid rented = paid(out, now - 3600, 1);
        QVERIFY(TestBackend::await(t.reservations().startFulfilment(rented)).ok());
        paid(booked, now + 2 * TestBackend::Day, 1);
        paid(waiting, now - 1800, 1);
        const QUuid twoOut = paid(fleet, now - 3600, 2, 2);
        QVERIFY(TestBackend::await(t.reservations().startFulfilment(twoOut)).ok());

        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(Profile::Car, &t.clock()));
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 4);
        const auto nowText = [&page](int row) {
            return page.model()->index(row, ResourceListModel::NowColumn).data().toString();
        };
        QCOMPARE(page.model()->headerData(ResourceListModel::NowColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Now"));
        QCOMPARE(nowText(0), QStringLiteral("Rented out, back 1/16/27 4:00 PM"));
        QCOMPARE(nowText(1), QStringLiteral("Free · next booking 1/17/27 5:00 PM"));
        QCOMPARE(nowText(2), QStringLiteral("Reserved, not handed out yet"));
        QCOMPARE(nowText(3), QStringLiteral("2 of 3 rented out, back 1/17/27 4:00 PM"));

        // Time passing alone makes a car late: the list reads "Now" again every minute.
        t.clock().set(now + 25 * 3600);
        auto *tick = page.findChild<QTimer *>(QStringLiteral("nowRefresh"));
        QVERIFY(tick && tick->isActive());
        QCOMPARE(tick->interval(), 60'000);
        tick->start(1); // the next minute, now
        QTRY_COMPARE(nowText(0), QStringLiteral("Rented out, overdue since 1/16/27 4:00 PM"));
        tick->start(60'000);

        // A day and a half later; handing the waiting one out shows at once.
        t.clock().set(now + 36 * 3600);
        QVERIFY(TestBackend::await(t.reservations().finishFulfilment(twoOut)).ok());
        QTRY_COMPARE(nowText(3), QStringLiteral("3 free"));
        QCOMPARE(nowText(0), QStringLiteral("Rented out, overdue since 1/16/27 4:00 PM"));

        // Visitors are not given back: a session's admitted seats are in until the visit ends.
        Resource session = t.addResource(Profile::Exhibition, 40);
        const QString admitted = ResourceNowText::describe(
            session, ResourceNow{5, TestBackend::SessionStart + 7200, 0, 0}, context().display, TestBackend::SessionStart);
        QCOMPARE(admitted, QStringLiteral("5 of 40 admitted, until 1/17/27 7:00 PM"));
    }

    // Repeated sessions of one exhibition are listed by when they take place, whatever order
    // they were registered in.
    void sessionsOfOneExhibitionFollowEachOtherByTime()
    {
        TestBackend t;
        t.addSession(TestBackend::SessionStart + 2 * TestBackend::Day, 40, 15'000, QStringLiteral("Monet"));
        t.addSession(TestBackend::SessionStart, 40, 15'000, QStringLiteral("Monet"));
        t.addSession(TestBackend::SessionStart + TestBackend::Day, 40, 15'000, QStringLiteral("Monet"));
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(Profile::Exhibition, &t.clock()));
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QStringList names;
        for (int row = 0; row < 3; ++row)
            names << page.model()->index(row, ResourceListModel::NameColumn).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Monet — 1/17/27 5:00 PM–7:00 PM"), QStringLiteral("Monet — 1/18/27 5:00 PM–7:00 PM"),
                                     QStringLiteral("Monet — 1/19/27 5:00 PM–7:00 PM")}));
    }

    // A long Korean session name with its date and time reads in full in a 1024-pixel window,
    // in Korean formats: the rows have two lines and the name wraps onto them.
    void longSessionNamesWrapInsteadOfBeingCut()
    {
        TestBackend t;
        const QString name = QStringLiteral("미디어아트: 바다의 꿈 (Media Art: Dream of the Sea)");
        t.addSession(TestBackend::SessionStart, 40, 25'000, name);
        auto manager = t.signIn(Role::Manager);
        const UiContext korean{{QLocale(QLocale::Korean, QLocale::SouthKorea), QTimeZone("Asia/Seoul")},
                               Profile::Exhibition, &t.clock()};
        InventoryPage page(*manager, korean);
        page.resize(1024, 700);
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        auto *table = child<QTableView>(&page, QStringLiteral("inventoryTable"));
        const QModelIndex cell = page.model()->index(0, ResourceListModel::NameColumn);
        const QString text = cell.data().toString();
        QVERIFY2(text.startsWith(name + QStringLiteral(" — 27. 1. 17.")), qPrintable(text));
        const QRect rect = table->visualRect(cell);
        const int lines = rect.height() / table->fontMetrics().lineSpacing();
        QCOMPARE(lines, 2);
        QVERIFY2(table->fontMetrics().horizontalAdvance(text) > rect.width(), "too short to need the second line");
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1; // as painted
        const QString shown = ListItemDelegate::fitted(table->font(), text, rect.width() - 2 * margin, lines);
        QVERIFY2(!shown.contains(QChar(0x2026)), qPrintable(shown));
        QCOMPARE(shown.count(QChar::LineSeparator), 1);
    }

    void mistakesShowNextToTheirFieldAndStoreNothing()
    {
        TestBackend t;
        t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(Profile::Exhibition));
        QVERIFY(activate(page));
        const QStringList before = t.snapshot();
        page.registerResource();
        ResourceEditorDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, QStringLiteral("resourceName"));
        auto *description = child<QPlainTextEdit>(dialog, QStringLiteral("resourceDescription"));
        auto *capacity = child<QSpinBox>(dialog, QStringLiteral("resourceCapacity"));
        auto *price = child<QLineEdit>(dialog, QStringLiteral("resourcePrice"));
        auto *save = child<QPushButton>(dialog, QStringLiteral("saveResource"));
        auto *nameError = child<QLabel>(dialog, QStringLiteral("nameError"));
        auto *descriptionError = child<QLabel>(dialog, QStringLiteral("descriptionError"));
        auto *capacityError = child<QLabel>(dialog, QStringLiteral("capacityError"));
        auto *priceError = child<QLabel>(dialog, QStringLiteral("priceError"));
        // The exhibition vocabulary and defaults.
        QCOMPARE(capacity->accessibleName(), QStringLiteral("Seats"));
        QCOMPARE(capacity->value(), 100);
        QVERIFY(!nameError->isVisible()); // nothing typed yet, nothing scolded

        // Empty name.
        QTest::keyClicks(price, QStringLiteral("15000"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), errors::textRequired(QStringLiteral("Name")).message);
        QVERIFY(!priceError->isVisible());
        QVERIFY(!capacityError->isVisible());
        QVERIFY(!descriptionError->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), name);

        // Zero capacity.
        QTest::keyClicks(name, QStringLiteral("Van Gogh, 10:00"));
        QVERIFY(!nameError->isVisible()); // fixed while typing
        retype(capacity, QStringLiteral("0"));
        QCOMPARE(capacity->value(), 0);
        QVERIFY(capacityError->isVisible()); // shown while typing, before OK
        QCOMPARE(capacityError->text(), errors::invalidCapacity(resources::MaxCapacity).message);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(capacityError->isVisible());
        QVERIFY(!nameError->isVisible());
        QVERIFY(!priceError->isVisible());

        // Negative price.
        retype(capacity, QStringLiteral("80"));
        QVERIFY(!capacityError->isVisible());
        retype(price, QStringLiteral("-500"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(priceError->isVisible());
        QCOMPARE(priceError->text(), errors::invalidPrice().message);
        QVERIFY(!capacityError->isVisible());
        // KRW has no decimals.
        retype(price, QStringLiteral("12.5"));
        QVERIFY(priceError->isVisible());
        QVERIFY(priceError->text().contains(QLatin1StringView("whole")));

        // A description too long lands next to the description, not the name.
        retype(price, QStringLiteral("15000"));
        description->setPlainText(QString(resources::MaxDescriptionLength + 1, u'x'));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(descriptionError->isVisible());
        QVERIFY(!nameError->isVisible());
        QVERIFY(!priceError->isVisible());

        QVERIFY(dialog->isVisible());
        QCOMPARE(t.snapshot(), before); // nothing stored by any of it
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!page.findChild<ResourceEditorDialog *>());
        QCOMPARE(t.snapshot(), before);
    }

    void editChangesThePrice()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context());
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        selectRowNamed(page, QStringLiteral("Kia K5"));
        QVERIFY(child<QPushButton>(&page, QStringLiteral("editResource"))->isEnabled());
        QTest::keyClick(child<QTableView>(&page, QStringLiteral("inventoryTable")), Qt::Key_Return);
        ResourceEditorDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        auto *price = child<QLineEdit>(dialog, QStringLiteral("resourcePrice"));
        QCOMPARE(price->text(), QStringLiteral("55,000"));
        QVERIFY(!child<QComboBox>(dialog, QStringLiteral("resourceProfile"))->isEnabled());
        retype(price, QStringLiteral("60000"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveResource")), Qt::LeftButton);
        QTRY_COMPARE(page.model()->index(0, ResourceListModel::PriceColumn).data().toString(), QStringLiteral("₩60,000 per day"));
        QTRY_VERIFY(!page.findChild<ResourceEditorDialog *>());
        const auto stored = TestBackend::must(t.inventory().find(car.id));
        QVERIFY(stored);
        QCOMPARE(stored->data.price.minor, 60'000);
        QCOMPARE(stored->version, car.version + 1);
        QCOMPARE(stored->data.name, QStringLiteral("Kia K5"));
    }

    void editShowsServiceRefusalsUnderTheForm()
    {
        TestBackend t;
        const Resource taxi = t.addResource(Profile::Taxi, 3, 15'000, PricingUnit::PerBooking, QStringLiteral("Standard"));
        const Customer c = t.addCustomer();
        QVERIFY(t.hold(t.request(taxi, c, 1, 1, 3)).ok());
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(Profile::Taxi));
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        selectRowNamed(page, QStringLiteral("Standard"));
        page.editSelected();
        ResourceEditorDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("resourceCapacity"))->accessibleName(),
                 QStringLiteral("Available taxis"));
        const QStringList before = t.snapshot();
        retype(child<QSpinBox>(dialog, QStringLiteral("resourceCapacity")), QStringLiteral("2"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveResource")), Qt::LeftButton);
        auto *formError = child<QLabel>(dialog, QStringLiteral("formError"));
        QTRY_VERIFY(formError->isVisible());
        QCOMPARE(formError->text(), errors::capacityBelowBookings(3).message);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("saveResource"))->isEnabled()); // can try again
        QCOMPARE(t.snapshot(), before);
    }

    void searchAndFiltersNarrowTheList()
    {
        TestBackend t;
        ResourceDraft sedan{Profile::Car, QStringLiteral("Kia K5"), QStringLiteral("LPG sedan, 50% off"), {},
                            Money{68'000, QStringLiteral("KRW")}, PricingUnit::PerDay, 1};
        TestBackend::must(t.inventory().registerResource(sedan));
        t.addResource(Profile::Car, 1, 150'000, PricingUnit::PerDay, QStringLiteral("Genesis G80"));
        const Resource carnival = t.addResource(Profile::Car, 1, 120'000, PricingUnit::PerDay, QStringLiteral("Kia Carnival"));
        const Resource spark = t.addResource(Profile::Car, 1, 35'000, PricingUnit::PerDay, QStringLiteral("Chevrolet Spark"));
        t.addResource(Profile::Item, 1, 20'000, PricingUnit::PerDay, QStringLiteral("Camping tent"));
        TestBackend::must(t.inventory().setStatus(carnival.id, ResourceStatus::Maintenance));
        TestBackend::must(t.inventory().retire(spark.id));

        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context());
        QVERIFY(activate(page));
        const QAbstractItemModel *model = page.model();
        // Default: the shop's business, retired ones hidden.
        QTRY_COMPARE(column(model, 0), (QStringList{QStringLiteral("Genesis G80"), QStringLiteral("Kia Carnival"),
                                                    QStringLiteral("Kia K5")}));

        auto *search = child<QLineEdit>(&page, QStringLiteral("inventorySearch"));
        QTest::keyClicks(search, QStringLiteral("sedan")); // in the description
        QTRY_COMPARE(column(model, 0), QStringList{QStringLiteral("Kia K5")});
        retype(search, QStringLiteral("kia"));
        QTRY_COMPARE(column(model, 0), (QStringList{QStringLiteral("Kia Carnival"), QStringLiteral("Kia K5")}));
        retype(search, QStringLiteral("0%")); // a literal percent sign, not a wildcard
        QTRY_COMPARE(column(model, 0), QStringList{QStringLiteral("Kia K5")});
        search->clear();

        // A shop runs one business: no business to choose on screen (the filter still serves
        // a database that holds others').
        auto *profile = child<QComboBox>(&page, QStringLiteral("inventoryProfile"));
        QVERIFY(!profile->isVisible());
        profile->setCurrentIndex(profile->findData(int(Profile::Item)));
        QTRY_COMPARE(column(model, 0), QStringList{QStringLiteral("Camping tent")});
        profile->setCurrentIndex(profile->findData(-1));
        QTRY_COMPARE(model->rowCount(), 4);

        auto *status = child<QComboBox>(&page, QStringLiteral("inventoryStatus"));
        status->setCurrentIndex(status->findData(int(ResourceStatus::Maintenance)));
        QTRY_COMPARE(column(model, 0), QStringList{QStringLiteral("Kia Carnival")});
        status->setCurrentIndex(status->findData(int(ResourceStatus::Retired)));
        QTRY_COMPARE(column(model, 0), QStringList{QStringLiteral("Chevrolet Spark")});
        QCOMPARE(model->index(0, ResourceListModel::StatusColumn).data().toString(), QStringLiteral("retired"));
        status->setCurrentIndex(status->count() - 1); // everything, retired too
        QTRY_COMPARE(model->rowCount(), 5);
    }

    void sortsByCapacityBothWaysInSql()
    {
        TestBackend t;
        t.addResource(Profile::Product, 5, 29'900, PricingUnit::PerMonth, QStringLiteral("Air purifier"));
        t.addResource(Profile::Product, 1, 89'000, PricingUnit::PerMonth, QStringLiteral("Massage chair"));
        t.addResource(Profile::Product, 12, 24'900, PricingUnit::PerMonth, QStringLiteral("Water purifier"));
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(Profile::Product));
        QVERIFY(activate(page));
        const QAbstractItemModel *model = page.model();
        QTRY_COMPARE(model->rowCount(), 3);
        auto *table = child<QTableView>(&page, QStringLiteral("inventoryTable"));
        QHeaderView *header = table->horizontalHeader();
        const QPoint capacityHeader(header->sectionViewportPosition(ResourceListModel::CapacityColumn)
                                        + header->sectionSize(ResourceListModel::CapacityColumn) / 2,
                                    header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, capacityHeader);
        QCOMPARE(page.model()->order().column, ResourceColumn::Capacity);
        const bool descending = page.model()->order().descending;
        const QStringList ascending{QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("12")};
        const QStringList reversed{QStringLiteral("12"), QStringLiteral("5"), QStringLiteral("1")};
        QTRY_COMPARE(column(model, ResourceListModel::CapacityColumn), descending ? reversed : ascending);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, capacityHeader);
        QCOMPARE(page.model()->order().descending, !descending);
        QTRY_COMPARE(column(model, ResourceListModel::CapacityColumn), descending ? ascending : reversed);
        table->sortByColumn(ResourceListModel::PriceColumn, Qt::AscendingOrder);
        QTRY_COMPARE(column(model, 0), (QStringList{QStringLiteral("Water purifier"), QStringLiteral("Air purifier"),
                                                    QStringLiteral("Massage chair")}));
        // "Now" does not sort: a click on it leaves the order and its arrow on the price.
        const QPoint nowHeader(header->sectionViewportPosition(ResourceListModel::NowColumn)
                                   + header->sectionSize(ResourceListModel::NowColumn) / 2,
                               header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nowHeader);
        QCOMPARE(page.model()->order().column, ResourceColumn::Price);
        QCOMPARE(header->sortIndicatorSection(), int(ResourceListModel::PriceColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    // Sessions and taxi classes are not repaired: no maintenance offered for them.
    void maintenanceOnlyWhereThingsAreRepaired_data()
    {
        QTest::addColumn<int>("profileNumber");
        QTest::addColumn<bool>("offered");
        QTest::addRow("car") << int(Profile::Car) << true;
        QTest::addRow("item") << int(Profile::Item) << true;
        QTest::addRow("product") << int(Profile::Product) << true;
        QTest::addRow("exhibition") << int(Profile::Exhibition) << false;
        QTest::addRow("taxi") << int(Profile::Taxi) << false;
    }

    void maintenanceOnlyWhereThingsAreRepaired()
    {
        QFETCH(int, profileNumber);
        QFETCH(bool, offered);
        const auto profile = Profile(profileNumber);
        TestBackend t;
        t.addResource(profile, 2, 10'000, PricingUnit::PerBooking, QStringLiteral("First"));
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context(profile));
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        auto *table = child<QTableView>(&page, QStringLiteral("inventoryTable"));
        table->selectRow(0);
        QCOMPARE(child<QPushButton>(&page, QStringLiteral("toggleMaintenance"))->isVisible(), offered);
        auto *status = child<QComboBox>(&page, QStringLiteral("inventoryStatus"));
        QCOMPARE(status->findData(int(ResourceStatus::Maintenance)) >= 0, offered);
    }

    void maintenanceTogglesBothWays()
    {
        TestBackend t;
        t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context());
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        selectRowNamed(page, QStringLiteral("Kia K5"));
        auto *toggle = child<QPushButton>(&page, QStringLiteral("toggleMaintenance"));
        QCOMPARE(toggle->text(), QStringLiteral("Put in &maintenance"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE(page.model()->index(0, ResourceListModel::StatusColumn).data().toString(), QStringLiteral("in maintenance"));
        QTRY_COMPARE(toggle->text(), QStringLiteral("Back in &service")); // the selection survived the reload
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE(page.model()->index(0, ResourceListModel::StatusColumn).data().toString(), QStringLiteral("active"));
    }

    void retiringWarnsAboutBookingsAndForceCancelsThem()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        const Customer c = t.addCustomer();
        const Reservation unpaid = t.hold(t.request(car, c, 1, 2)).value();
        const Reservation paid = t.hold(t.request(car, c, 5, 1)).value();
        QVERIFY(t.payByCard(paid.id).ok());
        auto manager = t.signIn(Role::Manager);
        InventoryPage page(*manager, context());
        QVERIFY(activate(page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        selectRowNamed(page, QStringLiteral("Kia K5"));

        // Cancelling the confirmation changes nothing.
        const QStringList before = t.snapshot();
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("retireResource")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { return (box = page.findChild<QMessageBox *>(QStringLiteral("retireConfirmation"))); }));
        QVERIFY2(box->informativeText().contains(QLatin1StringView("2 open booking")), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QLatin1StringView("refunded")));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("retireConfirmation")));
        QCOMPARE(t.snapshot(), before);

        // Accepting retires it (Delete on the table asks too).
        QVERIFY(activate(page));
        auto *table = child<QTableView>(&page, QStringLiteral("inventoryTable"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(QTest::qWaitFor([&]() { return (box = page.findChild<QMessageBox *>(QStringLiteral("retireConfirmation"))); }));
        QVERIFY(box->informativeText().contains(QLatin1StringView("2 open booking")));
        QTest::mouseClick(child<QPushButton>(box, QStringLiteral("confirmRetire")), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 0); // retired ones are hidden by default
        QCOMPARE(t.reload(unpaid.id).status, ReservationStatus::ForceCancelled);
        QCOMPARE(t.reload(paid.id).status, ReservationStatus::ForceCancelled);
        QTRY_COMPARE(t.reload(paid.id).paymentStatus, PaymentStatus::Refunded);
        const auto stored = TestBackend::must(t.inventory().find(car.id));
        QCOMPARE(stored->status, ResourceStatus::Retired);
        QVERIFY(child<QLabel>(&page, QStringLiteral("inventoryMessage"))->text().contains(QLatin1StringView("Retired")));
    }

    void clerksAreRefused()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        auto clerk = t.signIn(Role::Clerk);
        const QStringList before = t.snapshot();
        InventoryPage page(*clerk, context());
        QVERIFY(activate(page));
        for (const char *name : {"registerResource", "editResource", "toggleMaintenance", "retireResource"})
            QVERIFY(!child<QPushButton>(&page, QString::fromLatin1(name))->isVisible());
        auto *message = child<QLabel>(&page, QStringLiteral("inventoryMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), errors::forbidden(roles::displayName(Role::Clerk)).message);
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        page.registerResource();
        QVERIFY(!page.findChild<ResourceEditorDialog *>());
        QCOMPARE(page.model()->rowCount(), 0); // the list itself is refused too

        // The services refuse whatever the screen does.
        ResourceDraft draft{Profile::Car, QStringLiteral("Sneaky"), {}, {}, Money{1, QStringLiteral("KRW")},
                            PricingUnit::PerDay, 1};
        QCOMPARE(TestBackend::await(clerk->registerResource(draft)).error().code, QStringLiteral("forbidden"));
        QCOMPARE(TestBackend::await(clerk->updateResource(car.id, draft, car.version)).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(TestBackend::await(clerk->setResourceStatus(car.id, ResourceStatus::Maintenance)).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(TestBackend::await(clerk->retirementImpact(car.id)).error().code, QStringLiteral("forbidden"));
        QCOMPARE(TestBackend::await(clerk->retireResource(car.id)).error().code, QStringLiteral("forbidden"));
        QCOMPARE(t.snapshot(), before);
    }

    void pricesAreReadExactlyInMajorUnits()
    {
        const QLocale english(QLocale::English);
        const QString krw = QStringLiteral("KRW");
        const QString eur = QStringLiteral("EUR");
        using Parsed = std::variant<qint64, QString>;
        QCOMPARE(pricetext::parse(QStringLiteral("55,000"), krw, english), Parsed(qint64(55'000)));
        QCOMPARE(pricetext::parse(QStringLiteral("₩ 1,200"), krw, english), Parsed(qint64(1'200)));
        QCOMPARE(pricetext::parse(QStringLiteral("12.5"), eur, english), Parsed(qint64(1'250)));
        QCOMPARE(pricetext::parse(QStringLiteral("0.07"), eur, english), Parsed(qint64(7)));
        QCOMPARE(pricetext::parse(QStringLiteral("-5"), krw, english), Parsed(qint64(-5)));
        QVERIFY(std::holds_alternative<QString>(pricetext::parse(QStringLiteral("12.5"), krw, english)));
        QVERIFY(std::holds_alternative<QString>(pricetext::parse(QStringLiteral("1.005"), eur, english)));
        QVERIFY(std::holds_alternative<QString>(pricetext::parse(QStringLiteral("abc"), krw, english)));
        QVERIFY(std::holds_alternative<QString>(pricetext::parse(QString(), krw, english)));
        QVERIFY(std::holds_alternative<QString>(pricetext::parse(QStringLiteral("9999999999999999"), krw, english)));
        QCOMPARE(pricetext::format(Money{1'250, eur}, english), QStringLiteral("12.50"));
        QCOMPARE(pricetext::format(Money{55'000, krw}, english), QStringLiteral("55,000"));
        // German: comma decimals, dot groups.
        QCOMPARE(pricetext::parse(QStringLiteral("1.234,56"), eur, QLocale(QLocale::German)), Parsed(qint64(123'456)));
    }

    void modelPassesTheTester()
    {
        TestBackend t;
        for (int i = 0; i < 230; ++i)
            t.addResource(i % 2 ? Profile::Item : Profile::Car, 1 + i % 7, 1'000 + i, PricingUnit::PerDay,
                          QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')));
        auto manager = t.signIn(Role::Manager);
        ResourceListModel model(*manager, context().display, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 230); // the tester fetches more until the end
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("R000"));
        model.sort(ResourceListModel::PriceColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model.index(0, 0).data().toString(), QStringLiteral("R229"));
        ResourceFilter items;
        items.profile = Profile::Item;
        model.setFilter(items);
        QTRY_COMPARE(model.rowCount(), 115);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("R229"));
        QCOMPARE(model.index(0, ResourceListModel::StatusColumn).data().toString(), QStringLiteral("active"));
        QVERIFY(!model.index(0, 0).data(ResourceListModel::ResourceIdRole).value<QUuid>().isNull());
    }
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
