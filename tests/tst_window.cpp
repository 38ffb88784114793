// The models and the window over a real database: every model passes
// QAbstractItemModelTester, pages load lazily off the GUI thread, and the window follows
// changes made through the services.
#include "bookingtablemodel.h"
#include "mainwindow.h"
#include "resourcetablemodel.h"
#include "testbackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestWindow final : public QObject
{
    Q_OBJECT

private:
    static DisplayContext display() { return {QLocale(QLocale::English), QTimeZone("Asia/Seoul")}; }

private Q_SLOTS:
    void resourcesLoadPageByPage()
    {
        TestBackend t;
        for (int i = 0; i < 230; ++i)
            t.addResource(Profile::Item, 1, 1'000 + i, PricingUnit::PerDay, QStringLiteral("Item %1").arg(i, 3, 10, QLatin1Char('0')));
        ResourceTableModel model(t.inventory(), display());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(model.rowCount(), 0); // nothing is loaded on the calling thread
        QVERIFY(reset.wait(5000));
        QCOMPARE(model.rowCount(), 200); // the first page only
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QVERIFY(inserted.wait(5000));
        QCOMPARE(model.rowCount(), 230);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Item 000"));
        QCOMPARE(model.index(229, 0).data().toString(), QStringLiteral("Item 229"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("₩1,000 per day"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Capacity"));
    }

    void modelsPassTheModelTester()
    {
        TestBackend t;
        const Customer c = t.addCustomer();
        for (int i = 0; i < 210; ++i) {
            const Resource r = t.addResource(Profile::Product, 3, 9'900, PricingUnit::PerMonth, QStringLiteral("P%1").arg(i));
            QVERIFY(t.hold(t.request(r, c, i % 7, 1 + i % 3, 1 + i % 2)).ok());
        }
        ResourceTableModel resources(t.inventory(), display());
        BookingTableModel bookings(t.reservations(), display());
        QAbstractItemModelTester resourceTester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bookingTester(&bookings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        resources.reload();
        bookings.reload();
        // The tester itself asks for more rows, so both end up fully loaded.
        QTRY_COMPARE(resources.rowCount(), 210);
        QTRY_COMPARE(bookings.rowCount(), 210);
        // A reload after a change keeps passing the tester.
        QVERIFY(TestBackend::await(t.reservations().cancel(bookings.rowAt(0).reservation.id)).ok());
        bookings.reload();
        QTRY_COMPARE(bookings.index(0, 5).data().toString(), QStringLiteral("cancelled"));
    }

    void bookingsShowNamesStatesAndMoney()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Hyundai Avante"));
        const Customer c = t.addCustomer(QStringLiteral("김민지"));
        const Reservation r = t.hold(t.request(car, c, 1, 2)).value();
        QVERIFY(t.payByCard(r.id).ok());
        BookingTableModel model(t.reservations(), display());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QVERIFY(reset.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Hyundai Avante"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("김민지"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("₩110,000"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("confirmed"));
        QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("paid"));
        // 2027-01-16 08:00 UTC is 17:00 in Seoul.
        QVERIFY2(model.index(0, 0).data().toString().contains(QLatin1StringView("5:00")),
                 qPrintable(model.index(0, 0).data().toString()));
    }

    void windowFollowsChanges()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, QStringLiteral("Kia K5"));
        MainWindow window(t.backend(), display(), t.databasePath());
        window.show();
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        auto views = window.findChildren<QTableView *>();
        QCOMPARE(views.size(), 2);
        QTableView *inventory = views.at(0)->accessibleName() == QLatin1StringView("Inventory") ? views.at(0) : views.at(1);
        QTableView *bookings = inventory == views.at(0) ? views.at(1) : views.at(0);
        QTRY_COMPARE(inventory->model()->rowCount(), 1);
        QCOMPARE(bookings->model()->rowCount(), 0);

        const Customer c = t.addCustomer(QStringLiteral("Lee Jun"));
        QVERIFY(t.hold(t.request(car, c, 1, 1)).ok());
        QTRY_COMPARE(bookings->model()->rowCount(), 1);
        QCOMPARE(bookings->model()->index(0, 5).data().toString(), QStringLiteral("held"));
        t.addResource(Profile::Car, 1, 60'000, PricingUnit::PerDay, QStringLiteral("Genesis G80"));
        QTRY_COMPARE(inventory->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
