// The desktop side of sync: the Sync screen lists a booking the server refused with its
// reason and the free alternatives for the same period and quantity, and "Mark resolved"
// takes it off the list; the status bar line says how the counter stands with the server,
// and a window given a SyncEngine shows it (offline against a port nobody listens on).
#include "api/session.h"
#include "availabilitymodel.h"
#include "childwidget.h"
#include "commands/reservationcommands.h"
#include "mainwindow.h"
#include "storage/sqlquery.h"
#include "sync/clientsync.h"
#include "sync/synccommands.h"
#include "sync/syncengine.h"
#include "syncconflictmodel.h"
#include "syncpage.h"
#include "syncstatuslabel.h"
#include "testbackend.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

namespace {

const QString Reason = QStringLiteral("Avante has no free capacity for that period any more.");

UiContext context()
{
    return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone::utc()}, Profile::Car};
}

// A booking the server refused, as the engine leaves it: Rejected here, and a conflict row.
struct Scene
{
    Resource avante, sonata, morning;
    Customer customer;
    Reservation refused;
    QUuid commandId = QUuid::createUuid();
};

Scene makeScene(TestBackend &t)
{
    Scene s;
    s.avante = t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, QStringLiteral("Avante"));
    s.sonata = t.addResource(Profile::Car, 1, 70'000, PricingUnit::PerDay, QStringLiteral("Sonata"));
    s.morning = t.addResource(Profile::Car, 1, 30'000, PricingUnit::PerDay, QStringLiteral("Morning"));
    s.customer = t.addCustomer(QStringLiteral("Kim Minji"));
    const Customer other = t.addCustomer(QStringLiteral("Lee Seoyeon"));
    s.refused = t.hold(t.request(s.avante, s.customer, 1, 2)).value();
    // The Morning is taken for that period: it is no alternative.
    if (!t.hold(t.request(s.morning, other, 1, 2)))
        qFatal("the scene's second booking failed");
    const QUuid commandId = s.commandId;
    const QUuid reservationId = s.refused.id;
    TestBackend::must(t.backend().executor().execute<bool>([=](CommandContext &c) -> Result<bool> {
        auto rejected = reservationcommands::reject(c, reservationId, QStringLiteral("capacity_conflict"));
        if (!rejected)
            return rejected.error();
        SqlQuery insert(c.db, QStringLiteral("INSERT INTO sync_conflicts(command_id, kind, entity_id, code, message, "
                                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.bind(commandId).bind(synccommands::Hold).bind(reservationId).bind(QStringLiteral("capacity_conflict"))
            .bind(Reason).bind(TestBackend::StartTime);
        RD_TRY(insert.exec());
        return true;
    }));
    return s;
}

qint64 conflictCount(TestBackend &t)
{
    return TestBackend::must(
        t.backend().readers().read<Result<qint64>>([](const QSqlDatabase &db) { return clientsync::conflictCount(db); }));
}


} // namespace

class TestSyncPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void theModelDescribesEachConflict()
    {
        TestBackend t(TestBackend::syncingShop(QStringLiteral("counter-1")));
        const Scene s = makeScene(t);
        QCOMPARE(t.reload(s.refused.id).status, ReservationStatus::Rejected);
        const auto list = TestBackend::must(t.backend().readers().read<Result<SyncConflictList>>(
            [](const QSqlDatabase &db) { return syncconflicts::load(db, 10); }));
        QCOMPARE(list.total, 1);
        QCOMPARE(list.rows.size(), 1);
        QCOMPARE(list.rows.at(0).resourceName, QStringLiteral("Avante"));
        QCOMPARE(list.rows.at(0).customerName, QStringLiteral("Kim Minji"));

        SyncConflictModel model(context().display, Profile::Car);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(list.rows);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, SyncConflictModel::WhatColumn), Qt::DisplayRole).toString(),
                 QStringLiteral("New booking"));
        const QString booking = model.data(model.index(0, SyncConflictModel::BookingColumn), Qt::DisplayRole).toString();
        QVERIFY2(booking.contains(QStringLiteral("Avante")) && booking.contains(QStringLiteral("Kim Minji")), qPrintable(booking));
        QCOMPARE(model.data(model.index(0, SyncConflictModel::ReasonColumn), Qt::DisplayRole).toString(), Reason);
        QCOMPARE(model.data(model.index(0, 0), SyncConflictModel::CommandIdRole).toUuid(), s.commandId);
        // The same conflicts again (every engine report reloads them): refreshed in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(list.rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.removeConflict(QUuid::createUuid()); // not there: nothing happens
        QCOMPARE(model.rowCount(), 1);
        model.removeConflict(s.commandId);
        QCOMPARE(model.rowCount(), 0);
    }

    void thePageListsTheConflictWithAlternativesAndResolvesIt()
    {
        TestBackend t(TestBackend::syncingShop(QStringLiteral("counter-1")));
        const Scene s = makeScene(t);
        auto clerk = t.signIn(Role::Clerk);
        SyncPage page(*clerk, context());
        QSignalSpy shown(&page, &SyncPage::conflictsShown);
        QSignalSpy alternativesShown(&page, &SyncPage::alternativesShown);
        QSignalSpy counted(&page, &SyncPage::conflictsCounted);
        page.resize(1100, 700);
        page.show();
        // Showing a widget may run the event loop: the first load can be in before we wait.
        QVERIFY2(shown.count() > 0 || shown.wait(10'000),
                 qPrintable(child<QLabel>(&page, QStringLiteral("syncLoadError"))->text()));
        QCOMPARE(counted.takeLast().at(0).toLongLong(), 1);

        auto *table = child<QTableView>(&page, QStringLiteral("syncConflicts"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->currentIndex().row(), 0); // the first conflict is selected at once
        QCOMPARE(table->model()->index(0, SyncConflictModel::ReasonColumn).data().toString(), Reason);
        const QString detail = child<QLabel>(&page, QStringLiteral("syncConflictDetail"))->text();
        QVERIFY2(detail.contains(Reason) && detail.contains(QStringLiteral("Avante")), qPrintable(detail));

        // What is free instead for the same two days: the Avante itself (its capacity was
        // given back) and the Sonata, not the booked Morning.
        QTRY_VERIFY_WITH_TIMEOUT(alternativesShown.count() > 0 && page.alternatives()->rowCount() > 0, 10'000);
        QStringList names;
        for (int row = 0; row < page.alternatives()->rowCount(); ++row)
            names << page.alternatives()->rowAt(row).name;
        QCOMPARE(names, QStringList({QStringLiteral("Avante"), QStringLiteral("Sonata")}));
        QCOMPARE(page.alternatives()->rowAt(1).price.minor, 140'000); // two days
        QVERIFY(child<QLabel>(&page, QStringLiteral("syncAlternativesStatus"))->text().contains(QStringLiteral("2 free")));

        // Mark resolved: no question, the conflict leaves the list and the database.
        auto *resolve = child<QPushButton>(&page, QStringLiteral("markResolved"));
        QVERIFY(resolve->isEnabled());
        shown.clear();
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(shown.count() > 0 || shown.wait(10'000));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(counted.takeLast().at(0).toLongLong(), 0);
        QCOMPARE(conflictCount(t), 0);
        QVERIFY(!resolve->isEnabled());
        QCOMPARE(page.alternatives()->rowCount(), 0);
        QCOMPARE(child<QLabel>(&page, QStringLiteral("syncConflictCount"))->text(), QStringLiteral("Nothing to resolve."));
    }

    void thePageShowsTheStatusInWordsAndReloadsOnAReport()
    {
        TestBackend t(TestBackend::syncingShop(QStringLiteral("counter-1")));
        auto manager = t.signIn(Role::Manager);
        SyncPage page(*manager, context());
        QSignalSpy shown(&page, &SyncPage::conflictsShown);
        page.show();
        QVERIFY(shown.count() > 0 || shown.wait(10'000));
        QCOMPARE(page.conflicts()->rowCount(), 0);
        shown.clear();

        makeScene(t);
        SyncStatus status;
        status.online = false;
        status.lastError = QStringLiteral("Connection refused");
        status.pending = 2;
        status.conflicts = 1;
        page.showStatus(status);
        const QString headline = child<QLabel>(&page, QStringLiteral("syncHeadline"))->text();
        QCOMPARE(headline, QStringLiteral("The server cannot be reached: Connection refused"));
        const QString words = child<QLabel>(&page, QStringLiteral("syncStatusText"))->text();
        QVERIFY2(words.contains(QStringLiteral("2 change")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Not synchronised yet")), qPrintable(words));
        QVERIFY(shown.count() > 0 || shown.wait(10'000)); // the report brought the new conflict in
        QCOMPARE(page.conflicts()->rowCount(), 1);
    }

    void theStatusLineSaysHowTheCounterStands()
    {
        const DisplayContext display{QLocale(QLocale::English), QTimeZone::utc()};
        const qint64 now = TestBackend::StartTime; // 08:00 UTC
        SyncStatus status;
        status.online = true;
        status.pending = 3;
        status.conflicts = 1;
        status.lastSuccess = now - 60;
        const QString online = SyncStatusLabel::describe(status, display, now);
        const QString time = display.locale.toString(QTime(7, 59), QLocale::ShortFormat);
        QVERIFY2(online.startsWith(QStringLiteral("Online · 3 waiting · synced ") + time), qPrintable(online));
        QVERIFY2(online.contains(QStringLiteral("1 conflict")), qPrintable(online));
        QVERIFY2(!online.contains(QStringLiteral("receiving")), qPrintable(online));

        // Catching up with the server: how much is still to come, in the bar and in full.
        status.receiving = 12'345;
        const QString catchingUp = SyncStatusLabel::describe(status, display, now);
        QVERIFY2(catchingUp.startsWith(QStringLiteral("Online · receiving 12,345 · 3 waiting")), qPrintable(catchingUp));
        QVERIFY(SyncStatusLabel::describeInFull(status, display)
                    .contains(QStringLiteral("Receiving the server's changes: 12,345 still to come.")));
        status.receiving = 0;

        // Offline, nothing waiting, last synced yesterday: the date is shown too.
        status.online = false;
        status.lastError = QStringLiteral("Connection refused");
        status.pending = 0;
        status.conflicts = 0;
        status.lastSuccess = now - TestBackend::Day;
        const QString offline = SyncStatusLabel::describe(status, display, now);
        QVERIFY2(offline.startsWith(QStringLiteral("Offline: Connection refused · synced ")), qPrintable(offline));
        QVERIFY2(!offline.contains(QStringLiteral("waiting")) && !offline.contains(QStringLiteral("conflict")),
                 qPrintable(offline));
        QVERIFY2(offline.contains(display.locale.toString(QDate(2027, 1, 14), QLocale::ShortFormat)), qPrintable(offline));

        // A long reason is cut short in the bar and given whole in the tooltip.
        status.lastError = QString(200, u'x');
        SyncStatusLabel label(display);
        QCOMPARE(label.text(), QStringLiteral("Connecting to the server…"));
        label.showStatus(status);
        QVERIFY(label.text().size() < 100);
        QVERIFY(label.toolTip().contains(status.lastError));
        label.showConflictCount(2);
        QVERIFY2(label.text().contains(QStringLiteral("2 conflict")), qPrintable(label.text()));
    }

    void theWindowShowsTheEngineAndTheSyncScreen()
    {
        TestBackend t(TestBackend::syncingShop(QStringLiteral("counter-1")));
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        // A port nobody listens on: the engine reports offline.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SyncSettings settings;
        settings.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        settings.device = QStringLiteral("counter-test");
        settings.token = QStringLiteral("not-a-real-token");
        settings.firstRetryMs = 600'000;
        settings.maxRetryMs = 600'000;
        SyncEngine engine(t.backend(), settings);

        MainWindow window(t.backend(), context().display, Profile::Car, t.databasePath());
        window.setSyncEngine(&engine);
        auto *line = child<QLabel>(&window, QStringLiteral("syncStatus"));
        QCOMPARE(line->text(), QStringLiteral("Connecting to the server…"));
        QSignalSpy reported(&engine, &SyncEngine::statusChanged);
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        engine.start();
        window.show();
        QVERIFY(reported.count() > 0 || reported.wait(15'000));
        QVERIFY(!engine.status().online);
        QVERIFY2(line->text().startsWith(QStringLiteral("Offline")), qPrintable(line->text()));
        QVERIFY(!line->toolTip().contains(settings.token));

        QVERIFY(ready.count() > 0 || ready.wait(10'000));
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("username")), QStringLiteral("boss"));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("password")), QStringLiteral("password-123"));
        QTest::keyClick(child<QLineEdit>(&window, QStringLiteral("password")), Qt::Key_Return);
        QVERIFY(signedIn.count() > 0 || signedIn.wait(10'000));
        QVERIFY(window.workspace()->pageNames().contains(QStringLiteral("syncPage")));
        QVERIFY(window.workspace()->syncPage());
        // The Sync screen names the server and tries again at once when asked, instead of
        // waiting out its retry pause (10 minutes here).
        QCOMPARE(child<QLabel>(window.workspace()->syncPage(), QStringLiteral("syncServer"))->text(),
                 QStringLiteral("Server: http://127.0.0.1:%1").arg(port));
        reported.clear();
        QTest::mouseClick(child<QPushButton>(window.workspace()->syncPage(), QStringLiteral("syncNow")), Qt::LeftButton);
        QVERIFY(reported.wait(15'000));
        QVERIFY(!engine.status().online);
        // A click on the status line opens the Sync screen, and so does Ctrl+<its number>.
        QTest::mouseClick(line, Qt::LeftButton);
        QCOMPARE(window.workspace()->currentWidget(), window.workspace()->syncPage());
        window.workspace()->setCurrentIndex(0);
        const int number = int(window.workspace()->pageNames().indexOf(QStringLiteral("syncPage"))) + 1;
        QTest::keyClick(window.workspace()->currentWidget(), Qt::Key(Qt::Key_0 + number), Qt::ControlModifier);
        QCOMPARE(window.workspace()->currentWidget(), window.workspace()->syncPage());
    }

    void withoutAServerThereIsNoSyncLineOrScreen()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        MainWindow window(t.backend(), context().display, Profile::Car, t.databasePath());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("syncStatus")));
        auto manager = t.signIn(Role::Manager);
        Workspace workspace(*manager, context());
        QVERIFY(!workspace.pageNames().contains(QStringLiteral("syncPage")));
        QVERIFY(!workspace.syncPage());
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
