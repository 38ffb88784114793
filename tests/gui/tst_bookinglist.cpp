#include "bookinglistmodel.h"
#include "core/changeset.h"
#include "domain/lifecycle.h"
#include "queries/bookinglistquery.h"
#include "testbackend.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

// The Bookings list: every filter and sort of bookinglistquery checked against answers this
// test works out on its own from what it booked, and the windowed model on top of it
// (paging, eviction, reloads, refusal).
class TestBookingList final : public QObject
{
    Q_OBJECT

    // What the test knows about each booking it made; `serial` is the insertion order, which
    // is the rowid order the list breaks ties with.
    struct Known
    {
        int serial = 0;
        QUuid id;
        QString resourceName;
        QString customerName;
        QUuid resourceId;
        QUuid customerId;
        Reservation r;
    };

    TestBackend t;
    std::unique_ptr<Session> manager;
    QList<Known> known;

    QList<QUuid> listed(const BookingFilter &filter, const BookingOrder &order)
    {
        auto keys = TestBackend::await(manager->read<QList<qint64>>(
            Action::ViewAllBookings, [filter, order](const QSqlDatabase &db) { return bookinglistquery::keys(db, filter, order); }));
        if (!keys)
            qFatal("keys failed: %s", qPrintable(keys.error().message));
        const QList<qint64> k = keys.value();
        auto rows = TestBackend::await(manager->read<QList<BookingRow>>(
            Action::ViewAllBookings, [k](const QSqlDatabase &db) { return bookinglistquery::rows(db, k); }));
        QList<QUuid> ids;
        for (const BookingRow &row : rows.value())
            ids << row.reservation.id;
        return ids;
    }

    QList<QUuid> firstPage(const BookingFilter &filter, const BookingOrder &order, int limit)
    {
        auto rows = TestBackend::await(manager->read<QList<BookingRow>>(
            Action::ViewAllBookings,
            [filter, order, limit](const QSqlDatabase &db) { return bookinglistquery::firstPage(db, filter, order, limit); }));
        if (!rows)
            qFatal("firstPage failed: %s", qPrintable(rows.error().message));
        QList<QUuid> ids;
        for (const BookingRow &row : rows.value())
            ids << row.reservation.id;
        return ids;
    }

    static QVariant sortValue(const Known &k, BookingColumn column)
    {
        switch (column) {
        case BookingColumn::Period: return k.r.period.start;
        case BookingColumn::Resource: return k.resourceName.toLower();
        case BookingColumn::Customer: return k.customerName.toLower();
        case BookingColumn::Quantity: return k.r.quantity;
        case BookingColumn::Amount: return k.r.amount.minor;
        case BookingColumn::Status: return int(k.r.status);
        case BookingColumn::Payment: return int(k.r.paymentStatus);
        }
        return {};
    }

    QList<QUuid> expected(const std::function<bool(const Known &)> &keep, const BookingOrder &order)
    {
        QList<Known> rows;
        for (const Known &k : std::as_const(known)) {
            if (keep(k))
                rows << k;
        }
        std::sort(rows.begin(), rows.end(), [&order](const Known &a, const Known &b) {
            const QVariant va = sortValue(a, order.column);
            const QVariant vb = sortValue(b, order.column);
            const auto c = QVariant::compare(va, vb);
            const bool less = c == QPartialOrdering::Less || (c == QPartialOrdering::Equivalent && a.serial < b.serial);
            const bool greater = c == QPartialOrdering::Greater || (c == QPartialOrdering::Equivalent && a.serial > b.serial);
            return order.descending ? greater : less;
        });
        QList<QUuid> ids;
        for (const Known &k : std::as_const(rows))
            ids << k.id;
        return ids;
    }

    int rowOf(const BookingListModel &model, const QUuid &id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            model.index(row, 0).data(); // what a paint asks: loads the page
            if (model.index(row, 0).data(BookingListModel::ReservationIdRole).toUuid() == id)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        manager = t.signIn(Role::Manager);
        const QStringList resourceNames{QStringLiteral("Avante 12A"), QStringLiteral("avalon Tent"),
                                        QStringLiteral("Sonata_1"), QStringLiteral("Kayak 100%")};
        const QStringList customerNames{QStringLiteral("Kim Minji"), QStringLiteral("lee jiho"),
                                        QStringLiteral("Park_Seo"), QStringLiteral("Choi 50%"), QStringLiteral("kim Yuna")};
        QList<Resource> resources;
        for (int i = 0; i < resourceNames.size(); ++i)
            resources << t.addResource(Profile::Product, 3, 1'000 * (i + 1), PricingUnit::PerDay, resourceNames.at(i));
        QList<Customer> customers;
        for (const QString &name : customerNames)
            customers << t.addCustomer(name);

        int serial = 0;
        for (int i = 0; i < 80; ++i) {
            for (int j = 0; j < resources.size(); ++j) {
                const Customer &customer = customers.at((i + j) % customers.size());
                const qint64 days = 1 + (i + j) % 3;
                // Each resource's bookings follow each other; resources are shifted by a day.
                auto held = t.hold(t.request(resources.at(j), customer, 1 + i * 4 + j, days, 1 + (i * 7 + j) % 3));
                QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
                const QUuid id = held->id;
                if ((i + j) % 5 == 0)
                    QVERIFY(t.payByCard(id));
                if ((i + j) % 7 == 0)
                    QVERIFY(TestBackend::await(t.reservations().cancel(id)));
                known << Known{serial++, id, resourceNames.at(j), customer.data.name, resources.at(j).id, customer.id,
                               t.reload(id)};
            }
        }
    }

    void everySortBothWays()
    {
        const auto all = [](const Known &) { return true; };
        for (int column = 0; column <= int(BookingColumn::Payment); ++column) {
            for (const bool descending : {false, true}) {
                const BookingOrder order{BookingColumn(column), descending};
                const QList<QUuid> want = expected(all, order);
                QCOMPARE(listed({}, order), want);
                QCOMPARE(firstPage({}, order, 25), want.mid(0, 25));
            }
        }
    }

    void filters_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 10; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }

    void filters()
    {
        QFETCH(int, which);
        BookingFilter filter;
        std::function<bool(const Known &)> keep;
        const Period window{TestBackend::StartTime + 40 * TestBackend::Day, TestBackend::StartTime + 47 * TestBackend::Day};
        const Known &someone = known.at(13);
        switch (which) {
        case 0:
            filter.statuses = {ReservationStatus::Cancelled};
            keep = [](const Known &k) { return k.r.status == ReservationStatus::Cancelled; };
            break;
        case 1:
            filter.statuses = {ReservationStatus::Held, ReservationStatus::Confirmed};
            keep = [](const Known &k) {
                return k.r.status == ReservationStatus::Held || k.r.status == ReservationStatus::Confirmed;
            };
            break;
        case 2:
            filter.overlapping = window;
            keep = [window](const Known &k) { return k.r.period.overlaps(window); };
            break;
        case 3:
            filter.resourceId = someone.resourceId;
            keep = [&someone](const Known &k) { return k.resourceId == someone.resourceId; };
            break;
        case 4:
            filter.customerId = someone.customerId;
            keep = [&someone](const Known &k) { return k.customerId == someone.customerId; };
            break;
        case 5: // case-insensitive, resource or customer name
            filter.text = QStringLiteral("AVA");
            keep = [](const Known &k) { return k.resourceName.contains(QStringLiteral("ava"), Qt::CaseInsensitive); };
            break;
        case 6:
            filter.text = QStringLiteral("kim");
            keep = [](const Known &k) { return k.customerName.contains(QStringLiteral("kim"), Qt::CaseInsensitive); };
            break;
        case 7: // LIKE's wildcards are plain characters
            filter.text = QStringLiteral("_");
            keep = [](const Known &k) { return k.resourceName.contains(u'_') || k.customerName.contains(u'_'); };
            break;
        case 8: // all of it at once
            filter.text = QStringLiteral("0%");
            filter.statuses = {ReservationStatus::Held};
            filter.overlapping = Period{TestBackend::StartTime, TestBackend::StartTime + 200 * TestBackend::Day};
            keep = [](const Known &k) {
                return (k.resourceName.contains(QStringLiteral("0%")) || k.customerName.contains(QStringLiteral("0%")))
                       && k.r.status == ReservationStatus::Held
                       && k.r.period.overlaps(Period{TestBackend::StartTime, TestBackend::StartTime + 200 * TestBackend::Day});
            };
            break;
        case 9: // text and status: the name walk (a name order) filters the statuses too
            filter.text = QStringLiteral("kim");
            filter.statuses = {ReservationStatus::Cancelled};
            keep = [](const Known &k) {
                return k.customerName.contains(QStringLiteral("kim"), Qt::CaseInsensitive)
                       && k.r.status == ReservationStatus::Cancelled;
            };
            break;
        }
        // Name orders with a text filter take their own first-page plan (both names, both ways).
        for (const BookingOrder order : {BookingOrder{BookingColumn::Period, true}, BookingOrder{BookingColumn::Customer, false},
                                         BookingOrder{BookingColumn::Customer, true}, BookingOrder{BookingColumn::Resource, false},
                                         BookingOrder{BookingColumn::Resource, true}, BookingOrder{BookingColumn::Amount, true}}) {
            const QList<QUuid> want = expected(keep, order);
            QVERIFY(!want.isEmpty());
            QVERIFY(want.size() < known.size());
            QCOMPARE(listed(filter, order), want);
            // Both ways of finding the first page: enough matches near the top, and too few.
            QCOMPARE(firstPage(filter, order, 5), want.mid(0, 5));
            QCOMPARE(firstPage(filter, order, 200), want.mid(0, 200));
        }
    }

    void modelPagesAndEvicts()
    {
        BookingListModel model(*manager, DisplayContext{QLocale::c(), QTimeZone::utc()}, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPaging(10, 3);
        QSignalSpy counted(&model, &BookingListModel::allRowsCounted);
        QVERIFY(counted.count() || counted.wait());
        QTRY_COMPARE(model.rowCount(), int(known.size()));
        const QList<QUuid> want = expected([](const Known &) { return true; }, BookingOrder{});

        // A row far beyond the first page is empty until its page arrives.
        const QModelIndex far = model.index(255, BookingListModel::ResourceColumn);
        QVERIFY(!far.data(BookingListModel::LoadedRole).toBool());
        QVERIFY(!far.data().isValid());
        QTRY_VERIFY(far.data(BookingListModel::LoadedRole).toBool());
        QCOMPARE(far.data(BookingListModel::ReservationIdRole).toUuid(), want.at(255));
        QCOMPARE(model.rowAt(255)->reservation.id, want.at(255));
        QCOMPARE(model.index(255, BookingListModel::AmountColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        // Walking through many pages keeps only the last few in memory.
        for (int row = 0; row < 120; row += 10) {
            model.index(row, 0).data();
            QTRY_VERIFY(model.index(row, 0).data(BookingListModel::LoadedRole).toBool());
            QCOMPARE(model.index(row, 0).data(BookingListModel::ReservationIdRole).toUuid(), want.at(row));
            QVERIFY(model.loadedPageCount() <= 3);
        }
        QVERIFY(!model.index(255, 0).data(BookingListModel::LoadedRole).toBool()); // evicted

        // Sorting and filtering reload in the new order.
        QSignalSpy shown(&model, &BookingListModel::firstPageShown);
        model.sort(BookingListModel::CustomerColumn, Qt::AscendingOrder);
        QVERIFY(shown.wait());
        const QList<QUuid> byCustomer = expected([](const Known &) { return true; }, {BookingColumn::Customer, false});
        QCOMPARE(model.index(0, 0).data(BookingListModel::ReservationIdRole).toUuid(), byCustomer.at(0));
        QTRY_COMPARE(model.rowCount(), int(known.size()));
        BookingFilter filter;
        filter.text = QStringLiteral("kayak");
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), 80);
        QCOMPARE(model.index(0, BookingListModel::ResourceColumn).data().toString(), QStringLiteral("Kayak 100%"));
    }

    void reloadShowsChanges()
    {
        BookingListModel model(*manager, DisplayContext{QLocale::c(), QTimeZone::utc()}, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), int(known.size()));
        const auto held = std::find_if(known.cbegin(), known.cend(),
                                       [](const Known &k) { return k.r.status == ReservationStatus::Held; });
        QVERIFY(held != known.cend());
        int row = -1;
        QTRY_VERIFY((row = rowOf(model, held->id)) >= 0);
        const QModelIndex status = model.index(row, BookingListModel::StatusColumn);
        QCOMPARE(status.data().toString(), lifecycle::displayName(ReservationStatus::Held));
        QVERIFY(TestBackend::await(t.reservations().cancel(held->id)));
        QTRY_COMPARE(status.data().toString(), lifecycle::displayName(ReservationStatus::Cancelled));
        QCOMPARE(model.rowCount(), int(known.size())); // no row came or went
        known[held - known.cbegin()].r = t.reload(held->id);

        // A new booking adds a row.
        Resource extra = t.addResource(Profile::Item, 1, 500, PricingUnit::PerDay, QStringLiteral("Zeta drill"));
        auto added = t.hold(t.request(extra, t.addCustomer(QStringLiteral("Han Solo")), 3, 1));
        QVERIFY(added);
        QTRY_COMPARE(model.rowCount(), int(known.size()) + 1);
        QTRY_VERIFY(rowOf(model, added->id) >= 0);
        known << Known{int(known.size()), added->id, extra.data.name, QStringLiteral("Han Solo"), extra.id, {},
                       added.value()};
    }

    // During an import every commit announces a change: the list reloads once per turn, not
    // once per change, and not right after the load before (the readers need a breather).
    void changesInABurstReloadOnceAfterAPause()
    {
        BookingListModel model(*manager, DisplayContext{QLocale::c(), QTimeZone::utc()}, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &BookingListModel::allRowsCounted);
        QVERIFY(counted.count() || counted.wait());

        QElapsedTimer sinceBurst;
        bool burst = false;
        const auto announce = [this]() {
            ChangeSet changes;
            changes.reservations.insert(QUuid::createUuid());
            Q_EMIT t.backend().executor().changed(changes);
        };
        // The burst starts the moment a load finishes (inside its signal, nothing in between).
        connect(&model, &BookingListModel::allRowsCounted, this, [&]() {
            if (std::exchange(burst, true))
                return;
            sinceBurst.start();
            for (int i = 0; i < 10; ++i)
                announce();
        });
        QSignalSpy shown(&model, &BookingListModel::firstPageShown);
        counted.clear();
        model.reload(); // an explicit reload starts at once
        QVERIFY(shown.wait());
        QTRY_VERIFY(burst);
        shown.clear();
        QVERIFY(shown.wait());
        QVERIFY2(sinceBurst.elapsed() >= 200, qPrintable(QString::number(sinceBurst.elapsed())));
        QTRY_COMPARE(counted.count(), 2); // the explicit reload and the burst's one
        QVERIFY(!shown.wait(400)); // ten changes, one reload
        QCOMPARE(shown.count(), 1);
        QCOMPARE(model.rowCount(), int(known.size()));
    }

    // A reload that moves the rows a view shows, without adding or removing any, refreshes
    // them by itself: nothing else repaints or scrolls, and rowAt() never asks for a page.
    void shownRowsFollowAReloadThatMovesThem()
    {
        BookingListModel model(*manager, DisplayContext{QLocale::c(), QTimeZone::utc()}, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPaging(10, 40);
        const BookingOrder byStatus{BookingColumn::Status, false};
        model.sort(BookingListModel::StatusColumn, Qt::AscendingOrder);
        QSignalSpy counted(&model, &BookingListModel::allRowsCounted);
        QVERIFY(counted.wait());
        QTableView view;
        view.resize(600, 300);
        view.setModel(&model);
        view.show();

        // Cancelling the first held booking moves it down to the cancelled ones: every row in
        // between moves up by one.
        const QList<QUuid> want = expected([](const Known &) { return true; }, byStatus);
        const auto statusOf = [this](const QUuid &id) {
            return std::find_if(known.cbegin(), known.cend(), [&id](const Known &k) { return k.id == id; })->r.status;
        };
        QCOMPARE(statusOf(want.constFirst()), ReservationStatus::Held);
        int firstCancelled = 0;
        while (statusOf(want.at(firstCancelled)) != ReservationStatus::Cancelled)
            ++firstCancelled;
        const int row = firstCancelled - 5;
        QVERIFY(row > 50); // far below the first page
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
        QTRY_VERIFY(model.rowAt(row).has_value());
        QCOMPARE(model.rowAt(row)->reservation.id, want.at(row));

        QSignalSpy shown(&model, &BookingListModel::firstPageShown);
        QVERIFY(TestBackend::await(t.reservations().cancel(want.constFirst())));
        QVERIFY(shown.wait());
        QTRY_COMPARE(model.rowAt(row)->reservation.id, want.at(row + 1));
        QCOMPARE(model.rowCount(), int(known.size()));
        auto cancelled = std::find_if(known.begin(), known.end(), [&want](const Known &k) { return k.id == want.constFirst(); });
        cancelled->r = t.reload(cancelled->id);
    }

    void customersAreRefused()
    {
        auto customer = t.signIn(Role::Customer);
        BookingListModel model(*customer, DisplayContext{QLocale::c(), QTimeZone::utc()}, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &BookingListModel::loadFailed);
        QVERIFY(failed.count() || failed.wait());
        QCOMPARE(model.lastErrorCode(), QStringLiteral("forbidden"));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestBookingList)
#include "tst_bookinglist.moc"
