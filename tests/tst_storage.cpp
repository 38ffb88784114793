// Storage plumbing: connections insist on WAL, cached statements can be used twice at once,
// statements read every kind of value and report SQL that does not compile,
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

    void statementsReadEveryKindOfValueAndRunAgainWithNewValues()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("values");
        {
            QSqlDatabase db = connection::open(name, {dir.filePath(QStringLiteral("v.sqlite")), DatabaseOptions::Durability::Normal}).value();
            QVERIFY(SqlQuery(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT, "
                                                "b BLOB, u TEXT)")).exec().ok());
            const QUuid id = QUuid::createUuid();
            SqlQuery insert(db, QStringLiteral("INSERT INTO t (n, r, s, b, u) VALUES (?, ?, ?, ?, ?)"));
            insert.bind(qint64(1) << 40).bind(QVariant(2.5)).bind(QStringLiteral("서울 é")).bind(QVariant(QByteArray("\0\1", 2)))
                .bind(id);
            QVERIFY(insert.exec().ok());
            QCOMPARE(insert.rowsAffected(), 1);
            QCOMPARE(insert.lastInsertId(), 1);
            // The same statement again, with new values: nothing of the first run is left.
            insert.bind(7).bind(QVariant()).bind(QString()).bind(QVariant(QByteArray())).bind(QUuid());
            QVERIFY(insert.exec().ok());
            QCOMPARE(insert.lastInsertId(), 2);

            SqlQuery select(db, QStringLiteral("SELECT n, r, s, b, u FROM t ORDER BY id"));
            QVERIFY(select.exec().ok());
            QCOMPARE(select.columnNames(), (QStringList{u"n"_qs, u"r"_qs, u"s"_qs, u"b"_qs, u"u"_qs}));
            QVERIFY(select.next());
            QCOMPARE(select.integer(0), qint64(1) << 40);
            QCOMPARE(select.value(0).typeId(), QMetaType::LongLong);
            QCOMPARE(select.value(1), QVariant(2.5));
            QCOMPARE(select.text(2), QStringLiteral("서울 é"));
            QCOMPARE(select.value(3).toByteArray(), QByteArray("\0\1", 2));
            QCOMPARE(select.uuid(4), id);
            QVERIFY(select.next());
            QVERIFY(select.value(1).isNull()); // NULL stays NULL
            QCOMPARE(select.text(2), QString()); // a null QString is bound as ''
            QVERIFY(!select.text(2).isNull());
            QVERIFY(!select.next());
        }
        connection::close(name);
    }

    void aStatementThatDoesNotCompileIsAnError()
    {
        QTemporaryDir dir;
        const QString name = QStringLiteral("bad-sql");
        {
            QSqlDatabase db = connection::open(name, {dir.filePath(QStringLiteral("b.sqlite")), DatabaseOptions::Durability::Normal}).value();
            SqlQuery bad(db, QStringLiteral("SELECT missing FROM nowhere WHERE ?"));
            bad.bind(1);
            const Result<void> ran = bad.exec();
            QVERIFY(!ran.ok());
            QCOMPARE(ran.error().code, QStringLiteral("storage_error"));
            QVERIFY2(ran.error().message.contains(QLatin1StringView("nowhere")), qPrintable(ran.error().message));
            QVERIFY(!bad.next());
            QCOMPARE(bad.integer(0), 0);
        }
        connection::close(name);
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
