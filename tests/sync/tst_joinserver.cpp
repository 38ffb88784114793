// A new counter joining a shop that already has a server: its first start offers to sign in
// with a server account instead of creating a manager, the account becomes the counter's
// own (same name, role and password), and sync runs as it, pulling the shop's resources.
// Against a real rentaldesk-server on loopback.
#include "api/accountservice.h"
#include "api/session.h"
#include "childwidget.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "storage/sqlquery.h"
#include "sync/syncengine.h"
#include "testbackend.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A counter as `rentaldesk --server URL --device counter-2` starts it: no account of its own.
struct NewCounter
{
    TestBackend local{TestBackend::syncingShop(QStringLiteral("counter-2"))};
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<MainWindow> window;

    explicit NewCounter(const QUrl &server)
    {
        SyncSettings settings;
        settings.server = server;
        settings.device = QStringLiteral("counter-2");
        settings.firstRetryMs = 100;
        settings.maxRetryMs = 500;
        sync = std::make_unique<SyncEngine>(local.backend(), settings);
        sync->start();
        window = std::make_unique<MainWindow>(local.backend(),
                                              DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")},
                                              Profile::Car, local.databasePath());
        window->setSyncEngine(sync.get());
        QSignalSpy ready(window.get(), &MainWindow::readyForSignIn);
        window->show();
        if (!ready.wait(10'000))
            qFatal("no first-run page");
    }

    void signIn(const QString &username, const QString &password)
    {
        auto *user = child<QLineEdit>(window.get(), QStringLiteral("managerUsername"));
        auto *secret = child<QLineEdit>(window.get(), QStringLiteral("managerPassword"));
        user->clear();
        QTest::keyClicks(user, username);
        secret->clear();
        QTest::keyClicks(secret, password);
        QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("createManager")), Qt::LeftButton);
    }

    qint64 count(const QString &table)
    {
        return TestBackend::await(local.backend().readers().read<qint64>([table](const QSqlDatabase &db) {
            SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
            return q.first([](const SqlQuery &r) { return r.integer(0); }).value().value_or(-1);
        }));
    }
};

} // namespace

class TestJoinServer final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aNewCounterJoinsWithAServerAccountAndSyncsAsIt()
    {
        ServerProcess server(ServerProcess::sqlite(m_dir.filePath(QStringLiteral("shop.sqlite"))));
        QVERIFY2(server.start({QStringLiteral("--demo"), QStringLiteral("car")}), qPrintable(server.output()));
        NewCounter counter(server.url());
        auto *join = child<QRadioButton>(counter.window.get(), QStringLiteral("joinServer"));
        QVERIFY(join->isVisible() && join->isChecked()); // offered first: the shop already exists
        QVERIFY(join->text().contains(server.url().toDisplayString()));
        QVERIFY(!child<QLineEdit>(counter.window.get(), QStringLiteral("managerRepeat"))->isVisible());

        // A wrong password, then a customer's account: refused, and nothing is created here.
        auto *error = child<QLabel>(counter.window.get(), QStringLiteral("firstRunError"));
        counter.signIn(QStringLiteral("manager"), QStringLiteral("wrong-password")); // (that name is throttled a while)
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), QStringLiteral("The user name or the password is wrong."), 10'000);
        counter.signIn(QStringLiteral("customer"), QStringLiteral("rentaldesk"));
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("customer's account cannot set up a counter")), 10'000);
        QCOMPARE(counter.count(QStringLiteral("users")), 0);

        QSignalSpy joined(counter.window.get(), &MainWindow::joinedServer);
        QSignalSpy caughtUp(counter.sync.get(), &SyncEngine::caughtUp);
        counter.signIn(QStringLiteral("clerk"), QStringLiteral("rentaldesk"));
        QVERIFY2(joined.wait(10'000), qPrintable(error->text()));
        QVERIFY(!joined.first().first().toByteArray().isEmpty());
        QTRY_VERIFY(counter.window->session());
        QCOMPARE(counter.window->session()->user().username, QStringLiteral("clerk"));
        QCOMPARE(counter.window->session()->user().role, Role::Clerk);
        // Sync runs as that account: the shop's cars arrive.
        QVERIFY(caughtUp.count() || caughtUp.wait(30'000));
        QVERIFY(counter.count(QStringLiteral("resources")) > 0);
        // And the clerk signs in here with the same name and password from now on.
        QVERIFY(TestBackend::await(counter.local.backend().accounts().signIn(QStringLiteral("clerk"),
                                                                             QStringLiteral("rentaldesk")))
                    .ok());
    }

    void aNewShopCanStillBeStartedOnTheCounter()
    {
        // The server is not there; staff start a shop of their own instead.
        NewCounter counter(QUrl(QStringLiteral("http://127.0.0.1:9")));
        auto *error = child<QLabel>(counter.window.get(), QStringLiteral("firstRunError"));
        counter.signIn(QStringLiteral("clerk"), QStringLiteral("rentaldesk"));
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("cannot be reached")), 20'000);
        auto *newShop = child<QRadioButton>(counter.window.get(), QStringLiteral("newShop"));
        QTest::mouseClick(newShop, Qt::LeftButton, {}, QPoint(6, newShop->height() / 2));
        QVERIFY(child<QLineEdit>(counter.window.get(), QStringLiteral("managerRepeat"))->isVisible());
        QCOMPARE(child<QPushButton>(counter.window.get(), QStringLiteral("createManager"))->text(),
                 QStringLiteral("&Create the manager account"));
        QCOMPARE(counter.count(QStringLiteral("users")), 0);
    }
};

QTEST_MAIN(TestJoinServer)
#include "tst_joinserver.moc"
