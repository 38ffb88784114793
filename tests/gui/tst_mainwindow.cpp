// The window as a person meets it: the first run creates the manager, signing in opens the
// screens the role allows and nothing else, wrong passwords are refused and slowed down,
// signing out drops the session, the manager adds accounts from the Accounts screen and backs
// up the database from the File menu.
#include "api/session.h"
#include "childwidget.h"
#include "databasebackupaction.h"
#include "mainwindow.h"
#include "paymentstatuslabel.h"
#include "testbackend.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static DisplayContext display() { return {QLocale(QLocale::English), QTimeZone("Asia/Seoul")}; }


    static void waitFor(QSignalSpy &spy)
    {
        QVERIFY(spy.count() > 0 || spy.wait(10'000));
    }

    static void signIn(MainWindow &window, const QString &username, const QString &password)
    {
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        auto *name = child<QLineEdit>(&window, QStringLiteral("username"));
        name->clear();
        QTest::keyClicks(name, username);
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("password")), password);
        QTest::keyClick(child<QLineEdit>(&window, QStringLiteral("password")), Qt::Key_Return);
        waitFor(signedIn);
    }

    static void createAccount(TestBackend &t, const QString &username, Role role)
    {
        UserDraft draft{username, username, QStringLiteral("password-123"), role, {}};
        if (role == Role::Customer)
            draft.customerId = t.addCustomer(QStringLiteral("Lee Seoyeon")).id;
        TestBackend::must(t.backend().accounts().createUser(draft));
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void theFirstRunCreatesTheManagerForTheChosenBusiness()
    {
        TestBackend t;
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        waitFor(ready);
        auto *business = child<QComboBox>(&window, QStringLiteral("business"));
        business->setCurrentIndex(business->findText(QStringLiteral("Exhibition booking")));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("managerName")), QStringLiteral("Park Jisoo"));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("managerUsername")), QStringLiteral("jisoo"));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("managerPassword")), QStringLiteral("museum-2027"));

        // Two different passwords: refused before anything is stored.
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("managerRepeat")), QStringLiteral("museum-2028"));
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("createManager")), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&window, QStringLiteral("firstRunError"))->text(),
                 QStringLiteral("The two passwords are not the same."));
        QCOMPARE(TestBackend::must(t.backend().accounts().isSetUp()), false);

        auto *repeat = child<QLineEdit>(&window, QStringLiteral("managerRepeat"));
        repeat->clear();
        QTest::keyClicks(repeat, QStringLiteral("museum-2027"));
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        QTest::keyClick(repeat, Qt::Key_Return);
        waitFor(signedIn);
        QCOMPARE(window.session()->user().role, Role::Manager);
        QCOMPARE(window.workspace()->pageNames(),
                 QStringList({QStringLiteral("dashboardPage"), QStringLiteral("inventoryPage"), QStringLiteral("bookPage"),
                              QStringLiteral("bookingsPage"), QStringLiteral("paymentsPage"), QStringLiteral("usersPage")}));
        QCOMPARE(window.workspace()->tabText(1), QStringLiteral("&Sessions")); // exhibition vocabulary
        QCOMPARE(child<QLabel>(&window, QStringLiteral("signedInUser"))->text(), QStringLiteral("Park Jisoo (Manager)"));
        QCOMPARE(TestBackend::must(t.backend().accounts().shopProfile()), std::optional(Profile::Exhibition));
    }

    void eachRoleSeesOnlyItsScreens()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Taxi, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                     Role::Manager, {}}));
        createAccount(t, QStringLiteral("clerk"), Role::Clerk);
        createAccount(t, QStringLiteral("guest"), Role::Customer);
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        waitFor(ready);

        signIn(window, QStringLiteral("clerk"), QStringLiteral("password-123"));
        QCOMPARE(window.workspace()->pageNames(),
                 QStringList({QStringLiteral("bookPage"), QStringLiteral("bookingsPage")}));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("usersPage")));
        auto *database = child<QLabel>(&window, QStringLiteral("databaseLabel"));
        auto *pending = child<QLabel>(&window, QStringLiteral("pendingNotifications"));
        QVERIFY(database->isVisible() && pending->isVisible()); // staff see the counter's state
        // Messages to customers are not for the clerk (the booking's history has them).
        window.showCustomerMessage(QUuid::createUuid(), QStringLiteral("Thank you!"));
        QCOMPARE(window.statusBar()->currentMessage(), QString());

        window.signOut();
        QVERIFY(!window.session());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("bookingsPage")));
        QCOMPARE(child<QLabel>(&window, QStringLiteral("signedInUser"))->text(), QStringLiteral("Not signed in"));

        signIn(window, QStringLiteral("guest"), QStringLiteral("password-123"));
        QCOMPARE(window.workspace()->pageNames(),
                 QStringList({QStringLiteral("bookPage"), QStringLiteral("myBookingsPage")}));
        QCOMPARE(window.session()->user().role, Role::Customer);
        // A message to this customer is shown to them, one to another customer is not.
        const QUuid guestId = window.session()->user().customerId;
        window.showCustomerMessage(QUuid::createUuid(), QStringLiteral("Your taxi is on its way."));
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        window.showCustomerMessage(guestId, QStringLiteral("Thank you!"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Thank you!"));
        window.statusBar()->clearMessage();
        // Not the database's path, nor how many messages wait for the shop's other customers.
        QVERIFY(!database->isVisible());
        QVERIFY(!pending->isVisible());
        window.signOut();
        QVERIFY(database->isVisible());
    }

    // Without a remembered size the window fits the screen (1280×720 at most, so a 1366×768
    // laptop shows it whole).
    void theFirstWindowFitsTheScreen()
    {
        TestBackend t;
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        window.show();
        const QSize screen = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= std::min(1280, screen.width()) && window.height() <= std::min(720, screen.height()),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(window.width()).arg(window.height())
                                .arg(screen.width()).arg(screen.height())));
    }

    // The demo's sign-in hint wraps onto lines of its own and shows all of them.
    void theSignInHintIsShownWhole()
    {
        TestBackend t;
        createAccount(t, QStringLiteral("boss"), Role::Manager); // a shop set up: the sign-in page, not the first run
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        window.setSignInHint(QStringLiteral("Demo accounts: manager, clerk and customer, each with the password rentaldesk."));
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        waitFor(ready);
        auto *hint = window.findChild<QLabel *>(QStringLiteral("signInHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(QStringLiteral("%1 high, needs %2 at width %3").arg(hint->height())
                                .arg(hint->heightForWidth(hint->width())).arg(hint->width())));
    }

    void theManagerBacksUpTheDatabaseFromTheFileMenu()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        createAccount(t, QStringLiteral("clerk"), Role::Clerk);
        const Resource car = t.addResource(Profile::Car);
        QVERIFY(t.hold(t.request(car, t.addCustomer(), 2, 1)).ok());
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.resize(1280, 800); // room for the whole message beside the status labels
        window.show();
        waitFor(ready);
        auto *backup = window.findChild<DatabaseBackupAction *>(QStringLiteral("backUpDatabase"));
        QVERIFY(backup);
        QVERIFY(!backup->isVisible()); // nobody signed in

        signIn(window, QStringLiteral("clerk"), QStringLiteral("password-123"));
        QVERIFY(!backup->isVisible());
        window.signOut();

        signIn(window, QStringLiteral("boss"), QStringLiteral("password-123"));
        QVERIFY(backup->isVisible() && backup->isEnabled());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("copy.sqlite"));
        QSignalSpy started(backup, &DatabaseBackupAction::started);
        QSignalSpy finished(backup, &DatabaseBackupAction::finished);
        backup->backUpTo(path);
        QCOMPARE(started.count(), 1);
        QVERIFY(started.first().at(0).toString().startsWith(QStringLiteral("Backing up the database")));
        QVERIFY(finished.count() > 0 || !backup->isEnabled()); // one copy at a time
        waitFor(finished);
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QString told = finished.first().at(1).toString();
        QVERIFY2(told.contains(QDir::toNativeSeparators(path)), qPrintable(told));
        QVERIFY(backup->isEnabled());
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("The database was backed up")),
                 qPrintable(window.statusBar()->currentMessage()));

        // A folder is no file: the manager is told why, in a box that waits for them.
        finished.clear();
        backup->backUpTo(out.path());
        waitFor(finished);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("Choose a file for the backup")), qPrintable(box->text()));
        box->close();

        window.signOut();
        QVERIFY(!backup->isVisible());
    }

    void aLongNotificationEndsWithAnEllipsisBesideTheStatusLabels()
    {
        TestBackend t;
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.resize(900, 600);
        window.show();
        waitFor(ready);
        QStatusBar *bar = window.statusBar();
        const QString shortText = QStringLiteral("Booking confirmed.");
        window.showNotification(shortText);
        QCOMPARE(bar->currentMessage(), shortText);

        const QString longText = QStringLiteral("Your booking of the Kia Ray on 17 December is held until 06:32. ").repeated(4);
        window.showNotification(longText);
        const QString shown = bar->currentMessage();
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() < longText.size(), qPrintable(shown));
        QVERIFY(longText.startsWith(shown.chopped(1)));
        // It ends before the first label on the right, with room to spare.
        int firstLabel = bar->width();
        for (const QWidget *label : bar->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
            if (label->isVisible())
                firstLabel = std::min(firstLabel, label->geometry().left());
        QVERIFY(firstLabel < bar->width());
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) < firstLabel - bar->fontMetrics().averageCharWidth());
    }

    void managersSeeHowCardPaymentsStand()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        createAccount(t, QStringLiteral("clerk"), Role::Clerk);
        ManualMonotonicClock clock;
        CircuitBreakerSettings settings;
        settings.minimumCalls = 2;
        CircuitBreaker breaker(settings, clock);
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        window.setPaymentBreaker(breaker);
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        waitFor(ready);
        auto *payments = child<PaymentStatusLabel>(&window, QStringLiteral("paymentStatus"));
        QVERIFY(!payments->isVisible()); // nobody signed in

        signIn(window, QStringLiteral("clerk"), QStringLiteral("password-123"));
        QVERIFY(!payments->isVisible()); // a clerk's counter does not show it
        window.signOut();

        signIn(window, QStringLiteral("boss"), QStringLiteral("password-123"));
        QVERIFY(payments->isVisible());
        QCOMPARE(payments->text(), QStringLiteral("Card payments: working"));
        for (int i = 0; i < 2; ++i)
            breaker.record(*breaker.tryAcquire(), false);
        payments->refresh();
        QCOMPARE(payments->text(), QStringLiteral("Card payments paused: the provider is failing (next try in 5 s)"));
        QVERIFY(payments->toolTip().contains(QStringLiteral("Recent calls: 2, of which 2 failed and 0 were slow.")));
        QVERIFY2(payments->toolTip().contains(QStringLiteral("Since the start: 2 calls, 2 failed, 0 slow, 0 refused while paused; paused 1 time")),
                 qPrintable(payments->toolTip()));
        clock.advance(settings.coolDownMs);
        QVERIFY(breaker.tryAcquire().has_value()); // the first probe
        payments->refresh();
        QCOMPARE(payments->text(), QStringLiteral("Card payments: trying the provider again"));

        window.signOut();
        QVERIFY(!payments->isVisible());
    }

    void aWrongPasswordIsRefusedAndTheNextTryMustWait()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        waitFor(ready);
        auto *error = child<QLabel>(&window, QStringLiteral("signInError"));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("username")), QStringLiteral("boss"));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("password")), QStringLiteral("guess"));
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("signIn")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(QStringLiteral("The user name or the password is wrong.")), 10'000);
        QVERIFY(error->text().contains(QStringLiteral("try again in 1 second")));
        QVERIFY(!window.session());
        QVERIFY(child<QLineEdit>(&window, QStringLiteral("password"))->text().isEmpty());
        // Even with a password typed, the button waits for the cool-down.
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("password")), QStringLiteral("password-123"));
        QVERIFY(!child<QPushButton>(&window, QStringLiteral("signIn"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&window, QStringLiteral("signIn"))->isEnabled(), 5'000);
    }

    void theManagerCreatesAClerkAccount()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Item, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                     Role::Manager, {}}));
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        waitFor(ready);
        signIn(window, QStringLiteral("boss"), QStringLiteral("password-123"));
        auto *users = child(&window, QStringLiteral("usersPage"));
        window.workspace()->setCurrentWidget(users);
        auto *message = child<QLabel>(users, QStringLiteral("usersMessage"));

        QTest::keyClicks(child<QLineEdit>(users, QStringLiteral("newName")), QStringLiteral("Choi Yuna"));
        QTest::keyClicks(child<QLineEdit>(users, QStringLiteral("newUsername")), QStringLiteral("yuna"));
        QTest::keyClicks(child<QLineEdit>(users, QStringLiteral("newPassword")), QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(users, QStringLiteral("createAccount")), Qt::LeftButton);
        QTRY_COMPARE(message->text(), QStringLiteral("The password must have at least 8 characters."));

        QTest::keyClicks(child<QLineEdit>(users, QStringLiteral("newPassword")), QStringLiteral("-but-longer"));
        QTest::mouseClick(child<QPushButton>(users, QStringLiteral("createAccount")), Qt::LeftButton);
        QTRY_COMPARE(message->text(), QStringLiteral("The account yuna was created."));
        auto *table = child<QTableView>(users, QStringLiteral("usersTable"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const User yuna = TestBackend::must(t.backend().accounts().signIn(QStringLiteral("yuna"),
                                                                          QStringLiteral("short-but-longer")));
        QCOMPARE(yuna.role, Role::Clerk);
    }

    void theLayoutIsRememberedPerRole()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.resize(1200, 700);
        window.show();
        waitFor(ready);
        signIn(window, QStringLiteral("boss"), QStringLiteral("password-123"));
        window.workspace()->setCurrentWidget(child(&window, QStringLiteral("bookingsPage")));
        auto *splitter = child<QSplitter>(&window, QStringLiteral("bookingsSplitter"));
        splitter->setSizes({500, 600});
        const QList<int> sizes = splitter->sizes();
        child<QTableView>(&window, QStringLiteral("bookingsTable"))->horizontalHeader()->resizeSection(1, 333);

        window.signOut();
        signIn(window, QStringLiteral("boss"), QStringLiteral("password-123"));
        QCOMPARE(window.workspace()->currentWidget()->objectName(), QStringLiteral("bookingsPage"));
        QCOMPARE(child<QSplitter>(&window, QStringLiteral("bookingsSplitter"))->sizes(), sizes);
        QCOMPARE(child<QTableView>(&window, QStringLiteral("bookingsTable"))->horizontalHeader()->sectionSize(1), 333);
    }

    // The layout is saved in the background; a window opened later finds it on disk.
    void theLayoutOutlivesTheWindow()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                    Role::Manager, {}}));
        {
            MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
            QSignalSpy ready(&window, &MainWindow::readyForSignIn);
            window.show();
            waitFor(ready);
            signIn(window, QStringLiteral("boss"), QStringLiteral("password-123"));
            window.workspace()->setCurrentWidget(child(&window, QStringLiteral("bookingsPage")));
            window.close();
        }
        QVERIFY(QSettings().value(QStringLiteral("window/tab-manager")).toInt() > 0);
        MainWindow later(t.backend(), display(), Profile::Car, t.databasePath());
        QSignalSpy ready(&later, &MainWindow::readyForSignIn);
        later.show();
        waitFor(ready);
        signIn(later, QStringLiteral("boss"), QStringLiteral("password-123"));
        QCOMPARE(later.workspace()->currentWidget()->objectName(), QStringLiteral("bookingsPage"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
