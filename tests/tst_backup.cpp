// Backing up a counter's database (File → Back up database): the copy opens on its own with
// every committed booking, replaces an older backup whole, never touches the database in use,
// and only managers may make one.
#include "storage/databasebackup.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "testbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_out;

    // Opens a database file as a person restoring it would, and reads the first answer to `sql`.
    static QVariant answerIn(const QString &path, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("restored"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("restored"));
        return value;
    }

    static qint64 numberIn(const QString &path, const QString &sql)
    {
        const QVariant value = answerIn(path, sql);
        return value.isValid() ? value.toLongLong() : -1;
    }

    static QString integrityOf(const QString &path) { return answerIn(path, QStringLiteral("PRAGMA integrity_check")).toString(); }

    static void holdBookings(TestBackend &t, int count)
    {
        const Resource car = t.addResource(Profile::Car, count);
        const Customer kim = t.addCustomer();
        for (int i = 0; i < count; ++i)
            QVERIFY(t.hold(t.request(car, kim, 2 + i, 1)).ok());
    }

    static qint64 bookingsIn(const QString &path) { return numberIn(path, QStringLiteral("SELECT COUNT(*) FROM reservations")); }

private Q_SLOTS:
    void theCopyOpensOnItsOwnWithEveryBooking()
    {
        TestBackend t;
        holdBookings(t, 5);
        auto manager = t.signIn(Role::Manager);
        const QString path = m_out.filePath(QStringLiteral("monday.sqlite"));
        const Result<qint64> written = TestBackend::await(manager->backUpDatabase(path));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written.value(), QFileInfo(path).size());
        QVERIFY(written.value() > 0);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        QCOMPARE(bookingsIn(path), 5);
        QCOMPARE(numberIn(path, QStringLiteral("SELECT COUNT(*) FROM my_bookings")), 5);
        QCOMPARE(numberIn(path, QStringLiteral("SELECT MAX(version) FROM schema_migrations")), qint64(migrations::latestVersion()));
    }

    void theReaderThatCopiedStaysAReader()
    {
        TestBackend t;
        holdBookings(t, 1);
        const QString path = m_out.filePath(QStringLiteral("reader.sqlite"));
        const auto after = TestBackend::await(t.backend().readers().read<std::pair<bool, qint64>>([path](const QSqlDatabase &db) {
            const bool copied = databasebackup::write(db, path).ok();
            SqlQuery mode(db, QStringLiteral("PRAGMA query_only"));
            return std::pair{copied, mode.first([](const SqlQuery &q) { return q.integer(0); }).value().value_or(-1)};
        }));
        QVERIFY(after.first);
        QCOMPARE(after.second, 1);
    }

    void aNewBackupReplacesTheOldOneWhole()
    {
        TestBackend t;
        holdBookings(t, 2);
        auto manager = t.signIn(Role::Manager);
        const QString path = m_out.filePath(QStringLiteral("daily.sqlite"));
        {
            QFile stale(path);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("not a database");
        }
        QFile leftover(path + QStringLiteral(".part")); // an interrupted backup's
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a copy");
        leftover.close();
        QVERIFY(TestBackend::await(manager->backUpDatabase(path)).ok());
        QCOMPARE(bookingsIn(path), 2);

        const Resource van = t.addResource(Profile::Car, 1, 10'000, PricingUnit::PerDay, QStringLiteral("Staria"));
        QVERIFY(t.hold(t.request(van, t.addCustomer(QStringLiteral("Lee Jun")), 3, 2)).ok());
        QVERIFY(TestBackend::await(manager->backUpDatabase(path)).ok());
        QCOMPARE(bookingsIn(path), 3);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
    }

    void theDatabaseInUseAndOtherBadTargetsAreRefusedAndNothingChanges()
    {
        TestBackend t;
        holdBookings(t, 3);
        auto manager = t.signIn(Role::Manager);
        const QStringList before = t.snapshot();
        const QString live = t.databasePath();
        const QStringList targets{QString(), QStringLiteral("  "), live, live + QStringLiteral("-wal"),
                                  live + QStringLiteral("-shm"), m_out.path()};
        for (const QString &target : targets) {
            const Result<qint64> refused = TestBackend::await(manager->backUpDatabase(target));
            QVERIFY2(!refused.ok(), qPrintable(target));
            QCOMPARE(refused.error().code, QStringLiteral("invalid_backup_target"));
        }
        // Through another name for the same file.
        const QString sameFile = QFileInfo(live).absolutePath() + QStringLiteral("/./") + QFileInfo(live).fileName();
        QCOMPARE(TestBackend::await(manager->backUpDatabase(sameFile)).error().code, QStringLiteral("invalid_backup_target"));

        const QString nowhere = m_out.filePath(QStringLiteral("no-such-folder/copy.sqlite"));
        const Result<qint64> failed = TestBackend::await(manager->backUpDatabase(nowhere));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("backup_failed"));
        QVERIFY2(failed.error().message.contains(nowhere), qPrintable(failed.error().message));
        QVERIFY(!QFileInfo::exists(nowhere));
        QVERIFY(!QFileInfo::exists(nowhere + QStringLiteral(".part")));

        QCOMPARE(t.snapshot(), before);
        QCOMPARE(integrityOf(live), QStringLiteral("ok"));
    }

    void onlyManagersMayBackUp()
    {
        TestBackend t;
        holdBookings(t, 1);
        for (const Role role : {Role::Clerk, Role::Customer}) {
            auto session = t.signIn(role);
            const QString path = m_out.filePath(QStringLiteral("by-%1.sqlite").arg(roles::key(role)));
            const Result<qint64> refused = TestBackend::await(session->backUpDatabase(path));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
            QVERIFY(!QFileInfo::exists(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
