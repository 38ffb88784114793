// The Accounts screen: the list is in the order its header's sort arrow shows, at first, after
// an account is added and after a click on a header (dates by time, not by their text).
#include "api/session.h"
#include "testbackend.h"
#include "userspage.h"

#include <QHeaderView>
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
        const int created = 3;
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
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
