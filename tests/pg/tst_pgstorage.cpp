// PostgreSQL only (RD_TEST_DATABASE names the throw-away cluster ctest starts): the database
// address parser, the translated migrations, and the capacity invariant when two Backends
// (two write connections, like two server processes) hold the last units at the same time.
#include "storage/connection.h"
#include "storage/databaseurl.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "testbackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

class TestPgStorage final : public QObject
{
    Q_OBJECT

private:
    DatabaseOptions m_database;
    QString m_schema;
    int m_serial = 0;

    // A fresh, empty schema on its own connection named `name`.
    QSqlDatabase openFreshSchema(const QString &name)
    {
        m_schema = QStringLiteral("mig_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_serial);
        run(m_database, QStringLiteral("CREATE SCHEMA %1").arg(m_schema));
        DatabaseOptions options = m_database;
        options.schema = m_schema;
        return connection::open(name, options).value();
    }

    static void run(const DatabaseOptions &options, const QString &sql)
    {
        const QString name = QStringLiteral("pg-admin");
        {
            QSqlDatabase db = connection::open(name, options).value();
            QSqlQuery query(db);
            const bool done = query.exec(sql);
            QVERIFY2(done, qPrintable(query.lastError().text()));
        }
        connection::close(name);
    }

    static QStringList objects(const QSqlDatabase &db, const char *kind)
    {
        // kind: "r" tables, "i" indexes, of this connection's schema.
        SqlQuery q(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname = current_schema() AND c.relkind = ? ORDER BY c.relname"));
        q.bind(QString::fromLatin1(kind));
        auto names = q.collect([](const SqlQuery &row) { return row.text(0); });
        return names ? names.value() : QStringList();
    }

    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        SqlQuery q(db, sql);
        if (!q.exec() || !q.next())
            return -1;
        return q.integer(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString url = qEnvironmentVariable("RD_TEST_DATABASE");
        QVERIFY2(url.startsWith(QLatin1StringView("postgresql://")),
                 "RD_TEST_DATABASE must name a PostgreSQL database (ctest's pg fixture sets it)");
        m_database = databaseurl::parse(url).value();
    }

    void cleanup()
    {
        connection::close(QStringLiteral("mig"));
        if (!m_schema.isEmpty())
            run(m_database, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
        m_schema.clear();
    }

    void parsesDatabaseAddresses()
    {
        auto sqlite = databaseurl::parse(QStringLiteral("sqlite:/var/lib/rentaldesk/shop.sqlite"));
        QVERIFY(sqlite.ok());
        QVERIFY(!sqlite->isPostgreSql());
        QCOMPARE(sqlite->path, QStringLiteral("/var/lib/rentaldesk/shop.sqlite"));

        auto pg = databaseurl::parse(QStringLiteral("postgresql://desk:s%40cret@db.example:6543/rentals?schema=shop_1"));
        QVERIFY(pg.ok());
        QVERIFY(pg->isPostgreSql());
        QCOMPARE(pg->user, QStringLiteral("desk"));
        QCOMPARE(pg->password, QStringLiteral("s@cret"));
        QCOMPARE(pg->host, QStringLiteral("db.example"));
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->databaseName, QStringLiteral("rentals"));
        QCOMPARE(pg->schema, QStringLiteral("shop_1"));
        QVERIFY(!pg->displayName().contains(QLatin1StringView("s@cret")));

        auto defaultPort = databaseurl::parse(QStringLiteral("postgresql://desk@localhost/rentals"));
        QVERIFY(defaultPort.ok());
        QCOMPARE(defaultPort->port, 5432);
        QVERIFY(defaultPort->password.isEmpty());

        for (const char *bad : {"", "rentals.sqlite", "sqlite:", "mysql://u@h/db", "postgresql://h:5432/db",
                                "postgresql://u@:5432/db", "postgresql://u@h:5432/", "postgresql://u@h:99999/db",
                                "postgresql://u@h/db?schema=a;drop", "postgresql://u@h/db?sslmode=off"}) {
            auto parsed = databaseurl::parse(QString::fromLatin1(bad));
            QVERIFY2(!parsed.ok(), bad);
            QCOMPARE(parsed.error().code, QStringLiteral("invalid_database_url"));
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }

    void refusesABadPasswordOrAnUnreachableServer()
    {
        DatabaseOptions wrong = m_database;
        wrong.password = QStringLiteral("not-the-password");
        auto refused = connection::open(QStringLiteral("refused"), wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("storage_error"));
        QVERIFY(!refused.error().message.contains(wrong.password));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("refused")));

        DatabaseOptions nowhere = m_database;
        nowhere.port = 1; // nothing listens there
        auto unreachable = connection::open(QStringLiteral("unreachable"), nowhere);
        QVERIFY(!unreachable.ok());
        QCOMPARE(unreachable.error().code, QStringLiteral("storage_error"));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("unreachable")));
    }

    void migratesAnEmptySchemaToTheLatest()
    {
        QSqlDatabase db = openFreshSchema(QStringLiteral("mig"));
        QCOMPARE(migrations::currentVersion(db).value(), 0);
        QCOMPARE(migrations::migrate(db).value(), migrations::latestVersion());
        const QStringList tables = objects(db, "r");
        for (const char *table : {"resources", "customers", "reservations", "payments", "events", "notifications",
                                  "my_bookings", "my_booking_timeline", "meta", "schema_migrations"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        const QStringList indexes = objects(db, "i");
        QVERIFY(indexes.contains(QStringLiteral("reservations_occupying")));
        QVERIFY(indexes.contains(QStringLiteral("resources_by_name")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), qint64(migrations::latestVersion()));
        // 64-bit everywhere: a money amount beyond 32 bits round-trips.
        QCOMPARE(scalar(db, QStringLiteral("SELECT data_type = 'bigint' FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() AND table_name = 'reservations' "
                                           "AND column_name = 'amount'")), 1);
        // Running again changes nothing.
        QCOMPARE(migrations::migrate(db).value(), migrations::latestVersion());
        QCOMPARE(objects(db, "r") + objects(db, "i"), tables + indexes);
    }

    void twoProcessesMigrateAnEmptySchemaAtOnce()
    {
        // Like two server processes starting on a new database: they take turns, and the
        // second finds each migration applied.
        openFreshSchema(QStringLiteral("mig"));
        DatabaseOptions options = m_database;
        options.schema = m_schema;
        auto migrateOn = [options](const QString &name) {
            int version = -1;
            {
                auto db = connection::open(name, options);
                if (db) {
                    auto migrated = migrations::migrate(db.value());
                    version = migrated ? migrated.value() : -1;
                }
            }
            connection::close(name);
            return version;
        };
        QFuture<int> first = QtConcurrent::run(migrateOn, QStringLiteral("migrator-1"));
        QFuture<int> second = QtConcurrent::run(migrateOn, QStringLiteral("migrator-2"));
        QCOMPARE(first.result(), migrations::latestVersion());
        QCOMPARE(second.result(), migrations::latestVersion());
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("mig"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")), qint64(migrations::latestVersion()));
    }

    void translatesSqliteDdl()
    {
        QCOMPARE(migrations::forPostgreSql(QStringLiteral("CREATE TABLE e (seq INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL)")),
                 QStringLiteral("CREATE TABLE e (seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT NULL)"));
        QCOMPARE(migrations::forPostgreSql(QStringLiteral("CREATE TABLE t (a TEXT, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID")),
                 QStringLiteral("CREATE TABLE t (a TEXT, b BIGINT, PRIMARY KEY (a, b))"));
        QCOMPARE(migrations::forPostgreSql(QStringLiteral("CREATE INDEX r_by_name ON r(name COLLATE NOCASE)")),
                 QStringLiteral("CREATE INDEX r_by_name ON r(lower(name))"));
        QCOMPARE(migrations::forPostgreSql(QStringLiteral("CREATE TABLE k (n INTEGER PRIMARY KEY, t TEXT)")),
                 QStringLiteral("CREATE TABLE k (n BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, t TEXT)"));
        QVERIFY(migrations::forPostgreSql(QStringLiteral("CREATE TABLE n (id TEXT PRIMARY KEY)"))
                    .contains(QLatin1StringView("rowid BIGINT GENERATED ALWAYS AS IDENTITY")));
    }

    void upgradesAnOlderSchemaWithData()
    {
        QSqlDatabase db = openFreshSchema(QStringLiteral("mig"));
        QCOMPARE(migrations::migrate(db, 1).value(), 1);
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
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'max_reservation_seconds'")), 3 * 86400);
    }

    void aFailingMigrationLeavesThePreviousVersion()
    {
        QSqlDatabase db = openFreshSchema(QStringLiteral("mig"));
        QCOMPARE(migrations::migrate(db, 2).value(), 2);
        QSqlQuery sabotage(db);
        QVERIFY(sabotage.exec(QStringLiteral("CREATE TABLE meta (x BIGINT)")));
        const QStringList indexesBefore = objects(db, "i");
        auto failed = migrations::migrate(db);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("storage_error"));
        QCOMPARE(migrations::currentVersion(db).value(), 2);
        QCOMPARE(objects(db, "i"), indexesBefore); // PostgreSQL's DDL is transactional too
    }

    void transactionStatementsRunUnprepared()
    {
        // PostgreSQL cannot PREPARE a SAVEPOINT or DDL; SqlQuery runs those as plain text.
        QSqlDatabase db = openFreshSchema(QStringLiteral("mig"));
        QVERIFY(SqlQuery(db, QStringLiteral("CREATE TABLE t (x BIGINT)")).exec().ok());
        QVERIFY(SqlQuery(db, QStringLiteral("BEGIN")).exec().ok());
        SqlQuery insert(db, QStringLiteral("INSERT INTO t VALUES (?)"));
        QVERIFY(insert.bind(1).exec().ok());
        QVERIFY(SqlQuery(db, QStringLiteral("SAVEPOINT step")).exec().ok());
        QVERIFY(insert.bind(2).exec().ok());
        QVERIFY(SqlQuery(db, QStringLiteral("ROLLBACK TO SAVEPOINT step")).exec().ok());
        QVERIFY(SqlQuery(db, QStringLiteral("RELEASE SAVEPOINT step")).exec().ok());
        QVERIFY(SqlQuery(db, QStringLiteral("COMMIT")).exec().ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(x) FROM t")), 1);
        // A value for a statement that cannot take one is an error, not silently dropped.
        SqlQuery bound(db, QStringLiteral("SAVEPOINT step"));
        QCOMPARE(bound.bind(1).exec().error().code, QStringLiteral("storage_error"));
    }

    void concurrentHoldsFromTwoBackendsNeverExceedCapacity()
    {
        TestBackend first;
        QVERIFY(first.onPostgreSql());
        ManualClock clock{TestBackend::StartTime};
        BuiltinGateway gateway;
        Backend second(first.databaseOptions(), ShopSettings{}, clock, gateway);
        QCOMPARE(TestBackend::await(second.open()).value(), migrations::latestVersion());

        constexpr int Capacity = 3;
        constexpr int Attempts = 16; // per round, half on each backend
        const Resource resource = first.addResource(Profile::Car, Capacity);
        const Customer customer = first.addCustomer();
        for (int round = 0; round < 6; ++round) {
            // Overlapping periods: each round fights over the same units again.
            QList<QFuture<Result<Reservation>>> holds;
            for (int i = 0; i < Attempts; ++i) {
                const HoldRequest request = first.request(resource, customer, 10 * round + i % 2, 2);
                holds.append(i % 2 ? second.reservations().hold(request) : first.reservations().hold(request));
            }
            int held = 0;
            for (auto &future : holds) {
                const Result<Reservation> outcome = TestBackend::await(future);
                if (outcome.ok())
                    ++held;
                else
                    QCOMPARE(outcome.error().code, QStringLiteral("capacity_conflict"));
            }
            QCOMPARE(held, Capacity);
        }
        // What the database holds, read back independently of the commands' answers.
        auto peak = TestBackend::await(first.backend().readers().read<qint64>([](const QSqlDatabase &db) {
            SqlQuery q(db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM reservations a "
                                          "JOIN reservations b ON b.resource_id = a.resource_id "
                                          "AND b.start_at < a.start_at + 1 AND b.end_at > a.start_at "
                                          "AND b.status IN (0, 1, 2) WHERE a.status IN (0, 1, 2) GROUP BY a.id) x"));
            return q.exec() && q.next() ? q.integer(0) : qint64(-1);
        }));
        QCOMPARE(peak, qint64(Capacity));
    }
};

QTEST_GUILESS_MAIN(TestPgStorage)
#include "tst_pgstorage.moc"
