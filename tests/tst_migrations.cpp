// Schema migrations: from an empty file to the latest version, from an older schema with
// data in it, idempotent, each in one transaction.
#include "storage/connection.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include <QTemporaryDir>
#include <QTest>

class TestMigrations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_name;

    QSqlDatabase openFresh()
    {
        m_name = QStringLiteral("migrations-%1").arg(++m_counter);
        DatabaseOptions options{m_dir.filePath(m_name + QStringLiteral(".sqlite")), DatabaseOptions::Durability::Normal};
        return connection::open(m_name, options).value();
    }

    static QStringList objects(const QSqlDatabase &db, const char *type)
    {
        SqlQuery q(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        q.bind(QString::fromLatin1(type));
        if (!q.exec())
            return {};
        QStringList names;
        while (q.next())
            names << q.text(0);
        return names;
    }

    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        SqlQuery q(db, sql);
        if (!q.exec() || !q.next())
            return -1;
        return q.integer(0);
    }

private Q_SLOTS:
    void cleanup() { connection::close(m_name); }

    void emptyToLatest()
    {
        QSqlDatabase db = openFresh();
        QCOMPARE(migrations::currentVersion(db).value(), 0);
        QCOMPARE(migrations::migrate(db).value(), migrations::latestVersion());
        QCOMPARE(migrations::currentVersion(db).value(), migrations::latestVersion());
        const QStringList tables = objects(db, "table");
        for (const char *table : {"resources", "customers", "reservations", "payments", "events",
                                  "notifications", "my_bookings", "my_booking_timeline", "meta",
                                  "schema_migrations"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        QVERIFY(objects(db, "index").contains(QStringLiteral("reservations_occupying")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), qint64(migrations::latestVersion()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        SqlQuery mode(db, QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.exec() && mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    void runningAgainChangesNothing()
    {
        QSqlDatabase db = openFresh();
        QVERIFY(migrations::migrate(db).ok());
        const QStringList before = objects(db, "table") + objects(db, "index");
        QCOMPARE(migrations::migrate(db).value(), migrations::latestVersion());
        QCOMPARE(objects(db, "table") + objects(db, "index"), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), qint64(migrations::latestVersion()));
    }

    void olderSchemaWithDataIsUpgraded()
    {
        QSqlDatabase db = openFresh();
        QCOMPARE(migrations::migrate(db, 1).value(), 1);
        QVERIFY(!objects(db, "table").contains(QStringLiteral("meta")));
        const QStringList rows{
            QStringLiteral("INSERT INTO resources VALUES ('r1','car','Avante','','{}',50000,'KRW',0,1,0,1,0,0)"),
            QStringLiteral("INSERT INTO customers VALUES ('c1','Kim','','',0)"),
            QStringLiteral("INSERT INTO reservations VALUES ('b1','r1','c1',1,1000,1000+3*86400,150000,'KRW',1,1,0,'old',1,0,0)"),
            QStringLiteral("INSERT INTO reservations VALUES ('b2','r1','c1',1,900000,900000+86400,50000,'KRW',3,1,0,'old',1,0,0)"),
        };
        for (const QString &sql : rows)
            QVERIFY(SqlQuery(db, sql).exec().ok());

        QCOMPARE(migrations::migrate(db).value(), migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reservations")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT amount FROM reservations WHERE id = 'b1'")), 150000);
        // Migration 3 derives the longest booking from the rows already there.
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'max_reservation_seconds'")), 3 * 86400);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")), 0); // "ok" reads as 0
        SqlQuery check(db, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.exec() && check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void aFailingMigrationLeavesThePreviousVersion()
    {
        QSqlDatabase db = openFresh();
        QCOMPARE(migrations::migrate(db, 2).value(), 2);
        // Sabotage: a table that migration 3 is about to create makes it fail half-way.
        QVERIFY(SqlQuery(db, QStringLiteral("CREATE TABLE meta (x INTEGER)")).exec().ok());
        const QStringList indexesBefore = objects(db, "index");
        auto failed = migrations::migrate(db);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("storage_error"));
        QCOMPARE(migrations::currentVersion(db).value(), 2);
        QCOMPARE(objects(db, "index"), indexesBefore); // its first statements were rolled back
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
