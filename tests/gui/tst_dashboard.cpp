// The manager's dashboard: its figures against values worked out by hand on a small scene,
// the role check, and the page with its tiles, charts and table following changes.
#include "api/session.h"
#include "dashboardpage.h"
#include "queries/dashboardquery.h"
#include "testbackend.h"
#include "utilisationmodel.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <ctime>

namespace {

constexpr qint64 Hour = 60 * 60;
// 2027-01-15 00:00 UTC: the test clock's day (it stands at 08:00).
constexpr qint64 DayZero = TestBackend::StartTime - 8 * Hour;

UiContext context()
{
    return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone::utc()}, Profile::Car};
}

// Two resources and bookings in, across and outside three UTC days from DayZero:
//   A (capacity 1): b1 [D+8h, D+56h) paid; b4 [D+56h, D+80h) paid in cash and completed;
//                   b5 [D+128h, D+152h) held, after the range
//   B (capacity 2): b2 [D+32h, D+104h) × 2 held unpaid; b3 [D+8h, D+32h) paid then
//                   cancelled (refunded)
// All payments are taken at the clock's time, D+8h.
struct Scene
{
    Resource a, b;
    Reservation b1, b2, b3, b4, b5;
};

void payByCard(TestBackend &t, const QUuid &id)
{
    const auto paid = t.payByCard(id);
    if (!paid || paid->paymentStatus != PaymentStatus::Approved)
        qFatal("the scene's card payment failed");
}

Scene makeScene(TestBackend &t)
{
    Scene s;
    s.a = t.addResource(Profile::Car, 1, 10'000, PricingUnit::PerDay, QStringLiteral("Avante"));
    s.b = t.addResource(Profile::Car, 2, 5'000, PricingUnit::PerDay, QStringLiteral("Bikes"));
    const Customer c = t.addCustomer();
    s.b1 = t.hold(t.request(s.a, c, 0, 2)).value();
    payByCard(t, s.b1.id);
    s.b2 = t.hold(t.request(s.b, c, 1, 3, 2)).value();
    s.b3 = t.hold(t.request(s.b, c, 0, 1)).value();
    payByCard(t, s.b3.id);
    TestBackend::must(t.reservations().cancel(s.b3.id));
    s.b4 = t.hold(t.request(s.a, c, 2, 1)).value();
    TestBackend::must(t.reservations().pay(PaymentRequest{s.b4.id, PaymentMethod::Cash, {}, {}, {}}));
    TestBackend::must(t.reservations().startFulfilment(s.b4.id));
    TestBackend::must(t.reservations().finishFulfilment(s.b4.id));
    s.b5 = t.hold(t.request(s.a, c, 5, 1)).value();
    return s;
}

DashboardRequest threeDays()
{
    return DashboardRequest{{DayZero, DayZero + 24 * Hour, DayZero + 48 * Hour, DayZero + 72 * Hour},
                            QStringLiteral("KRW"), 10};
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresMatchTheHandComputedValues()
    {
        TestBackend t;
        const Scene s = makeScene(t);
        QCOMPARE(t.reload(s.b4.id).status, ReservationStatus::Completed);
        QCOMPARE(t.reload(s.b3.id).paymentStatus, PaymentStatus::Refunded);
        auto manager = t.signIn(Role::Manager);
        const DashboardRequest request = threeDays();
        const auto figures = TestBackend::must(manager->read<DashboardFigures>(
            Action::ViewDashboard, [request](const QSqlDatabase &db) { return dashboardquery::compute(db, request); }));

        QCOMPARE(figures.range, (Period{DayZero, DayZero + 72 * Hour}));
        QCOMPARE(figures.resourceCount, 2);
        QCOMPARE(figures.days.size(), 3);
        // Booked unit-hours per day: A 16 | 24 | 8 + 16 (completed b4); B 0 | 32 | 48.
        const QList<qint64> booked{16 * Hour, 56 * Hour, 72 * Hour};
        for (int d = 0; d < 3; ++d) {
            QCOMPARE(figures.days.at(d).day, (Period{DayZero + d * 24 * Hour, DayZero + (d + 1) * 24 * Hour}));
            QCOMPARE(figures.days.at(d).bookedUnitSeconds, booked.at(d));
            QCOMPARE(figures.days.at(d).capacityUnitSeconds, 3 * 24 * Hour);
            QCOMPARE(figures.days.at(d).utilisation, double(booked.at(d)) / double(3 * 24 * Hour));
        }
        QCOMPARE(figures.days.at(2).utilisation, 1.0);
        QCOMPARE(figures.utilisation, 144.0 / 216.0);

        QCOMPARE(figures.topResources.size(), 2);
        QCOMPARE(figures.topResources.at(0).resourceId, s.a.id);
        QCOMPARE(figures.topResources.at(0).bookedUnitSeconds, 64 * Hour);
        QCOMPARE(figures.topResources.at(0).utilisation, 64.0 / 72.0);
        QCOMPARE(figures.topResources.at(1).resourceId, s.b.id);
        QCOMPARE(figures.topResources.at(1).capacity, 2);
        QCOMPARE(figures.topResources.at(1).bookedUnitSeconds, 80 * Hour);
        QCOMPARE(figures.topResources.at(1).utilisation, 80.0 / 144.0);

        // Taken on day 0: 20,000 (b1) + 5,000 (b3, refunded) + 10,000 cash (b4).
        QCOMPARE(figures.days.at(0).received, 35'000);
        QCOMPARE(figures.days.at(0).refunded, 5'000);
        QCOMPARE(figures.days.at(0).revenue(), 30'000);
        QCOMPARE(figures.days.at(1).revenue(), 0);
        QCOMPARE(figures.revenue, 30'000);

        QCOMPARE(figures.openHolds, 2); // b2 and b5
        // Due by the end of the range: b2 only (b5 starts later).
        QCOMPARE(figures.pendingPayments, 1);
        QCOMPARE(figures.pendingAmount, (Money{30'000, QStringLiteral("KRW")}));
    }

    // Retiring a resource takes away its future capacity, not its past: the days before keep
    // its bookings and its capacity, the days after count without it.
    void retiringKeepsTheHistory()
    {
        TestBackend t;
        const Scene s = makeScene(t);
        auto manager = t.signIn(Role::Manager);
        const DashboardRequest request = threeDays();
        auto compute = [&](const DashboardRequest &r) {
            return TestBackend::must(manager->read<DashboardFigures>(
                Action::ViewDashboard, [r](const QSqlDatabase &db) { return dashboardquery::compute(db, r); }));
        };
        const DashboardFigures before = compute(request);
        t.clock().set(DayZero + 72 * Hour); // the end of the three days
        TestBackend::must(t.backend().inventory().retire(s.a.id));

        const DashboardFigures after = compute(request);
        QCOMPARE(after.resourceCount, 2);
        // Every payment taken stays (retiring refunds A's open bookings, which is another matter).
        QCOMPARE(after.days.at(0).received, before.days.at(0).received);
        for (int d = 0; d < 3; ++d)
            QCOMPARE(after.days.at(d).capacityUnitSeconds, 3 * 24 * Hour); // A counted until the end
        // b4 was completed before the retirement: still A's use of day 2.
        QVERIFY(after.days.at(2).bookedUnitSeconds >= 16 * Hour);
        QVERIFY(std::any_of(after.topResources.cbegin(), after.topResources.cend(),
                            [&s](const ResourceUtilisation &r) { return r.resourceId == s.a.id && r.bookedUnitSeconds > 0; }));

        // The three days after: B alone (capacity 2).
        DashboardRequest later = request;
        for (qint64 &bound : later.dayBounds)
            bound += 72 * Hour;
        const DashboardFigures next = compute(later);
        QCOMPARE(next.resourceCount, 1);
        for (const DayFigures &day : next.days)
            QCOMPARE(day.capacityUnitSeconds, 2 * 24 * Hour);
    }

    void topResourcesAreLimitedAndBadRangesRefused()
    {
        TestBackend t;
        const Scene s = makeScene(t);
        auto manager = t.signIn(Role::Manager);
        DashboardRequest one = threeDays();
        one.topResources = 1;
        const auto figures = TestBackend::must(manager->read<DashboardFigures>(
            Action::ViewDashboard, [one](const QSqlDatabase &db) { return dashboardquery::compute(db, one); }));
        QCOMPARE(figures.topResources.size(), 1);
        QCOMPARE(figures.topResources.at(0).name, s.a.data.name);

        DashboardRequest backwards = threeDays();
        std::swap(backwards.dayBounds[1], backwards.dayBounds[2]);
        const auto refused = TestBackend::await(manager->read<DashboardFigures>(
            Action::ViewDashboard, [backwards](const QSqlDatabase &db) { return dashboardquery::compute(db, backwards); }));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("invalid_period"));
    }

    void dayBoundsFollowTheShopsZone()
    {
        const QList<qint64> seoul = dashboardquery::dayBounds(QDate(2027, 1, 15), 2, QTimeZone("Asia/Seoul"));
        QCOMPARE(seoul, (QList<qint64>{DayZero - 9 * Hour, DayZero + 15 * Hour, DayZero + 39 * Hour}));
        // The day summer time starts in Berlin has 23 hours.
        const QList<qint64> berlin = dashboardquery::dayBounds(QDate(2027, 3, 28), 1, QTimeZone("Europe/Berlin"));
        QCOMPARE(berlin.at(1) - berlin.at(0), 23 * Hour);
    }

    void clerkIsForbidden()
    {
        TestBackend t;
        auto clerk = t.signIn(Role::Clerk);
        const DashboardRequest request = threeDays();
        const auto refused = TestBackend::await(clerk->read<DashboardFigures>(
            Action::ViewDashboard, [request](const QSqlDatabase &db) { return dashboardquery::compute(db, request); }));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("forbidden"));

        DashboardPage page(*clerk, context());
        auto *error = page.findChild<QLabel *>(QStringLiteral("dashboardError"));
        QVERIFY(error);
        page.show();
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!page.figures());
    }

    void pageShowsTilesChartsAndTable()
    {
        TestBackend t;
        const Scene s = makeScene(t);
        auto manager = t.signIn(Role::Manager);
        DashboardPage page(*manager, context());
        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        page.setReferenceDate(QDate(2027, 1, 17)); // "last 7 days" ends with DayZero + 2
        page.setRange(DashboardPage::Range::Last7Days);
        page.show();
        QTRY_VERIFY(page.figures() && page.figures()->days.size() == 7);

        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("openHoldsValue"))->text(), QStringLiteral("2"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pendingPaymentsValue"))->text(), QStringLiteral("1"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("pendingAmountValue"))->text().contains(QStringLiteral("₩30,000")));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("revenueValue"))->text(), QStringLiteral("₩30,000"));

        const auto views = page.findChildren<QChartView *>();
        QCOMPARE(views.size(), 2);
        auto *utilisation = page.findChild<QChartView *>(QStringLiteral("utilisationChart"));
        auto *revenue = page.findChild<QChartView *>(QStringLiteral("revenueChart"));
        QVERIFY(utilisation && revenue);
        auto *bars = qobject_cast<QBarSeries *>(utilisation->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QCOMPARE(bars->barSets().at(0)->count(), 7);
        // The last three days are the hand-computed ones, in percent.
        QCOMPARE(bars->barSets().at(0)->at(6), 100.0);
        QCOMPARE(bars->barSets().at(0)->at(5), 56.0 * 100 / 72);
        auto *line = qobject_cast<QLineSeries *>(revenue->chart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 7);
        QCOMPARE(line->at(4).y(), 30'000.0);
        QCOMPARE(line->at(5).y(), 0.0);

        auto *table = page.findChild<QTableView *>(QStringLiteral("utilisationTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, UtilisationModel::Name).data().toString(), s.a.data.name);
        // Sorting by name puts Avante first too; descending puts Bikes first.
        table->sortByColumn(UtilisationModel::Name, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, UtilisationModel::Name).data().toString(), s.b.data.name);

        // Another range: one point per day.
        auto *range = page.findChild<QComboBox *>(QStringLiteral("rangeCombo"));
        range->setFocus();
        QTest::keyClick(range, Qt::Key_End); // "Next 14 days"
        QTRY_COMPARE(line->count(), 14);
        QCOMPARE(bars->barSets().at(0)->count(), 14);
        QCOMPARE(page.figures()->range.start, DayZero + 2 * 24 * Hour);

        // A new hold shows up after the refresh delay.
        const int before = int(shown.count());
        const Customer c = t.addCustomer(QStringLiteral("Lee Jun"));
        QVERIFY(t.hold(t.request(s.b, c, 9, 1)).ok());
        QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("openHoldsValue"))->text(), QStringLiteral("3"));
        QVERIFY(shown.count() > before);
    }

    // The shop's clock, not the machine's: a counter set to another zone shows Seoul's time.
    void theUpdatedTimeIsInTheShopsZone()
    {
        const QByteArray machineZone = qgetenv("TZ");
        qputenv("TZ", "Pacific/Honolulu"); // 19 hours from Seoul: the two never read the same
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
        TestBackend t;
        auto manager = t.signIn(Role::Manager);
        const QTimeZone seoul("Asia/Seoul");
        DashboardPage page(*manager, UiContext{DisplayContext{QLocale(QLocale::English), seoul}, Profile::Car});
        auto seoulNow = [&seoul]() -> QString {
            return QStringLiteral("Updated ")
                   + QLocale(QLocale::English).toString(QDateTime::currentDateTimeUtc().toTimeZone(seoul).time(),
                                                        QLocale::ShortFormat);
        };
        const QString before = seoulNow();
        page.show();
        QTRY_VERIFY(page.figures());
        const QString shown = page.findChild<QLabel *>(QStringLiteral("dashboardStatus"))->text();
        QVERIFY2(shown == before || shown == seoulNow(), qPrintable(shown + QStringLiteral(" / ") + before));
        if (machineZone.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", machineZone);
    }

    void utilisationModelPassesTheTester()
    {
        UtilisationModel model(context().display);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        model.setRows({ResourceUtilisation{a, QStringLiteral("Avante"), Profile::Car, 1, 36 * Hour, 0.5},
                       ResourceUtilisation{b, QStringLiteral("Bikes"), Profile::Car, 2, 12 * Hour, 0.125}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, UtilisationModel::Utilisation).data().toString(), QStringLiteral("50.0%"));
        QCOMPARE(model.index(0, UtilisationModel::Booked).data().toString(), QStringLiteral("1.5"));
        QCOMPARE(model.index(1, UtilisationModel::Utilisation).data(UtilisationModel::SortRole).toDouble(), 0.125);
        // Same resources again: values change in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows({ResourceUtilisation{a, QStringLiteral("Avante"), Profile::Car, 1, 72 * Hour, 1.0},
                       ResourceUtilisation{b, QStringLiteral("Bikes"), Profile::Car, 2, 12 * Hour, 0.125}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, UtilisationModel::Utilisation).data().toString(), QStringLiteral("100.0%"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);

        // Sessions of one exhibition are told apart by their date, time and hall.
        const QJsonObject session{{QStringLiteral("date"), QStringLiteral("2027-01-20")},
                                  {QStringLiteral("time"), QStringLiteral("10:00")},
                                  {QStringLiteral("hall"), QStringLiteral("Hall A")}};
        model.setRows({ResourceUtilisation{a, QStringLiteral("Monet"), Profile::Exhibition, 40, 2 * Hour, 0.1, session}});
        QCOMPARE(model.index(0, UtilisationModel::Name).data().toString(),
                 QStringLiteral("Monet — 1/20/27 10:00 AM–12:00 PM · Hall A"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
