// The Accounts screen: the list is in the order its header's sort arrow shows, at first, after
// an account is added and after a click on a header (dates by time, not by their text).
#include "api/session.h"
#include "testbackend.h"
#include "userspage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class TestUsersPage final : public QObject
{
    Q_OBJECT

private:
    static UiContext context()
    {
        return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, Profile::Car};
    }

    static QStringList column(const QTableView *table, int column)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, column).data().toString();
        return values;
    }

    // The rows as the arrow says: ascending or descending by `section`'s sort key.
    static bool followsTheArrow(const QTableView *table)
    {
        const QHeaderView *header = table->horizontalHeader();
        const int section = header->sortIndicatorSection();
        const QAbstractItemModel *model = table->model();
        for (int row = 1; row < model->rowCount(); ++row) {
            const QVariant before = model->index(row - 1, section).data(Qt::UserRole);
            const QVariant after = model->index(row, section).data(Qt::UserRole);
            const auto order = QVariant::compare(before, after);
            if (header->sortIndicatorOrder() == Qt::AscendingOrder ? order > 0 : order < 0)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void theListFollowsItsSortArrow()
    {
        TestBackend t;
        auto manager = t.signIn(Role::Manager, QStringLiteral("mike"));
        for (const char *name : {"zoe", "amy", "oscar"}) {
            t.clock().advance(3600); // each made an hour after the one before
            TestBackend::must(t.backend().accounts().createUser(
                UserDraft{QLatin1StringView(name), QLatin1StringView(name), QStringLiteral("password-123"), Role::Clerk, {}}));
        }
        UsersPage page(*manager, context());
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("usersTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QVERIFY2(followsTheArrow(table), qPrintable(column(table, 0).join(u',')));

        // By the time they were made, oldest first, then newest first.
        QHeaderView *header = table->horizontalHeader();
        const int created = 4;
        const QPoint createdHeader(header->sectionViewportPosition(created) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, createdHeader);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, createdHeader);
        QCOMPARE(header->sortIndicatorSection(), created);
        QCOMPARE(column(table, 0), (QStringList{QStringLiteral("mike"), QStringLiteral("zoe"), QStringLiteral("amy"),
                                                QStringLiteral("oscar")}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, createdHeader);
        QCOMPARE(column(table, 0).constFirst(), QStringLiteral("oscar"));

        // A new account lands where the order puts it, not at the end.
        t.clock().advance(3600);
        TestBackend::must(t.backend().accounts().createUser(
            UserDraft{QStringLiteral("bea"), QStringLiteral("Bea"), QStringLiteral("password-123"), Role::Clerk, {}}));
        page.reload();
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QCOMPARE(column(table, 0).constFirst(), QStringLiteral("bea"));
        QVERIFY(followsTheArrow(table));
    }

    // The selected account is changed, disabled, enabled and given a new password beside the
    // list, and its history says who did each; a refusal is said there and changes nothing.
    void aManagerChangesAnAccountBesideTheList()
    {
        TestBackend t;
        auto manager = t.signIn(Role::Manager, QStringLiteral("mike"));
        TestBackend::must(manager->createUser(
            UserDraft{QStringLiteral("yuna"), QStringLiteral("Choi Yuna"), QStringLiteral("password-123"), Role::Clerk, {}}));
        UsersPage page(*manager, context());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("usersTable"));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        auto *panel = page.findChild<QWidget *>(QStringLiteral("accountPanel"));
        const int yunaRow = column(table, 0).indexOf(QStringLiteral("yuna"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(yunaRow, 0)).center());
        QTRY_VERIFY(panel->isEnabled());
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("accountName"));
        QCOMPARE(name->text(), QStringLiteral("Choi Yuna"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("accountMessage"));
        auto *history = page.findChild<QListWidget *>(QStringLiteral("accountHistory"));
        QTRY_VERIFY(history->count() == 1 && history->item(0)->text().endsWith(QStringLiteral("created as Clerk by mike")));

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Choi Yu-na"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveAccount")), Qt::LeftButton);
        QTRY_COMPARE(message->text(), QStringLiteral("Saved."));
        QTRY_VERIFY(column(table, 1).contains(QStringLiteral("Choi Yu-na")));

        auto *disable = page.findChild<QPushButton *>(QStringLiteral("disableAccount"));
        QCOMPARE(disable->text(), QStringLiteral("&Disable account"));
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_COMPARE(message->text(), QStringLiteral("The account is disabled: it cannot sign in."));
        QTRY_COMPARE(column(table, 3).at(column(table, 0).indexOf(QStringLiteral("yuna"))), QStringLiteral("disabled"));
        QCOMPARE(disable->text(), QStringLiteral("E&nable account")); // still the same account, after the reload
        QCOMPARE(TestBackend::await(t.backend().accounts().signIn(QStringLiteral("yuna"), QStringLiteral("password-123"))).error().code,
                 QStringLiteral("account_disabled"));
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_COMPARE(message->text(), QStringLiteral("The account is enabled again."));

        auto *password = page.findChild<QLineEdit *>(QStringLiteral("resetPasswordField"));
        QTest::keyClicks(password, QStringLiteral("short"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(message->text(), QStringLiteral("The password must have at least 8 characters."));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("a-new-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(message->text(), QStringLiteral("The password is reset. Tell it to its owner in person."));
        QVERIFY(password->text().isEmpty());
        QVERIFY(TestBackend::await(t.backend().accounts().signIn(QStringLiteral("yuna"), QStringLiteral("a-new-password"))).ok());
        QTRY_COMPARE(history->count(), 5);
        QVERIFY(history->item(1)->text().endsWith(QStringLiteral("changed to “Choi Yu-na”, Clerk, by mike")));
        QVERIFY(history->item(2)->text().endsWith(QStringLiteral("disabled by mike")));
        QVERIFY(history->item(3)->text().endsWith(QStringLiteral("enabled by mike")));
        QVERIFY(history->item(4)->text().endsWith(QStringLiteral("password reset by mike")));

        // Their own account: disabling it is refused where it was asked.
        const int mikeRow = column(table, 0).indexOf(QStringLiteral("mike"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(mikeRow, 0)).center());
        QTRY_COMPARE(name->text(), QStringLiteral("mike"));
        const QStringList before = t.snapshot();
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_COMPARE(message->text(), QStringLiteral("You cannot disable or demote your own account."));
        QCOMPARE(t.snapshot(), before);
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
