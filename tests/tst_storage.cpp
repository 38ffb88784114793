// Storage plumbing: connections insist on WAL, cached statements can be used twice at once,
// and the background checkpointer folds the write-ahead log back into the database file.
#include "storage/connection.h"
#include "storage/sqlquery.h"
#include "storage/statementcache.h"
#include "testbackend.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesADatabaseWithoutWal()
    {
        // An in-memory database cannot use WAL: SQLite silently keeps "memory".
        auto opened = connection::open(QStringLiteral("no-wal"), {QStringLiteral(":memory:"), DatabaseOptions::Durability::Full});
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("storage_error"));
        QVERIFY(opened.error().message.contains(QLatin1StringView("write-ahead")));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("no-wal")));
    }

    void theSameStatementTwiceAtOnce()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("nested");
        {
            QSqlDatabase db = connection::open(name, {dir.filePath(QStringLiteral("n.sqlite")), DatabaseOptions::Durability::Normal}).value();
            QVERIFY(SqlQuery(db, QStringLiteral("CREATE TABLE t (x INTEGER)")).exec().ok());
            for (int i = 1; i <= 3; ++i) {
                SqlQuery insert(db, QStringLiteral("INSERT INTO t VALUES (?)"));
                insert.bind(i);
                QVERIFY(insert.exec().ok());
            }
            const QString select = QStringLiteral("SELECT x FROM t ORDER BY x");
            SqlQuery outer(db, select);
            QVERIFY(outer.exec().ok());
            int pairs = 0;
            while (outer.next()) {
                SqlQuery inner(db, select); // the cached statement is busy: a second one is made
                auto all = inner.collect([](const SqlQuery &row) { return row.integer(0); });
                QCOMPARE(all.value(), (QList<qint64>{1, 2, 3}));
                pairs += int(all->size());
            }
            QCOMPARE(pairs, 9);
            // Released statements are reused and start from a clean state.
            SqlQuery again(db, select);
            QCOMPARE(again.first([](const SqlQuery &row) { return row.integer(0); }).value(), std::optional<qint64>(1));
        }
        connection::close(name);
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void checkpointerFoldsTheLogIntoTheFile()
    {
        TestBackend t;
        const QFileInfo file(t.databasePath());
        const qint64 before = QFileInfo(file.filePath()).size();
        for (int i = 0; i < 300; ++i)
            t.addResource(Profile::Item, 1, 1000, PricingUnit::PerDay, QStringLiteral("Item %1 %2").arg(i).arg(QString(150, u'x')));
        // The writer never checkpoints by itself; the checkpointer does within its interval.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file.filePath()).size() > before + 64 * 1024, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
