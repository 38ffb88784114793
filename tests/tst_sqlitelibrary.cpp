// One SQLite for Qt's driver and for our own calls (storage/sqlitelibrary.h): the real driver
// passes the check, differing builds are refused with both named, and a second copy of the very
// same library (loaded from a file of its own, as a plugin's bundled SQLite would be) is caught
// although its version strings are identical.
#include "storage/connection.h"
#include "storage/sqlitelibrary.h"

#include <QFile>
#include <QLibrary>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDriverUsesOurSqlite()
    {
        QTemporaryDir dir;
        {
            auto opened = connection::open(QStringLiteral("same"), {dir.filePath(QStringLiteral("s.sqlite"))});
            if (!opened.ok()) // open runs the check itself
                QFAIL(qPrintable(opened.error().message));
            QVERIFY(sqlitelibrary::verify(opened.value()).ok());
            QCOMPARE(softHeapLimit(opened.value()), 0LL); // the marker did not stay behind
        }
        connection::close(QStringLiteral("same"));
    }

    void differentBuildsAreRefusedNamingBoth()
    {
        const sqlitelibrary::Build ours{QStringLiteral("3.40.1"), QStringLiteral("2022-12-28 14:03:47 df5c253c0b3dd2")};
        QVERIFY(sqlitelibrary::mismatch(ours, ours).isEmpty());
        const QString refused = sqlitelibrary::mismatch(ours, {QStringLiteral("3.39.4"), QStringLiteral("2022-09-29 15:55:41 a29f99")});
        QVERIFY(refused.contains(QLatin1StringView("3.40.1")));
        QVERIFY(refused.contains(QLatin1StringView("3.39.4")));
        // The same version number from another source tree is another build.
        QVERIFY(!sqlitelibrary::mismatch(ours, {ours.version, QStringLiteral("2022-12-28 14:03:47 000000")}).isEmpty());
    }

#ifdef RENTALDESK_SQLITE_SHARED_LIBRARY
    void aSecondCopyOfTheSameBuildIsCaught()
    {
        QTemporaryDir dir;
        const QString copyPath = dir.filePath(QStringLiteral("second-sqlite-copy"));
        QVERIFY(QFile::copy(QStringLiteral(RENTALDESK_SQLITE_SHARED_LIBRARY), copyPath));
        QLibrary copy(copyPath);
        QVERIFY2(copy.load(), qPrintable(copy.errorString()));
        const sqlitelibrary::Api secondCopy{
            reinterpret_cast<const char *(*)()>(copy.resolve("sqlite3_libversion")),
            reinterpret_cast<const char *(*)()>(copy.resolve("sqlite3_sourceid")),
            reinterpret_cast<long long (*)(long long)>(copy.resolve("sqlite3_soft_heap_limit64"))};
        QVERIFY(secondCopy.libversion && secondCopy.sourceid && secondCopy.softHeapLimit64);
        QCOMPARE(QString::fromUtf8(secondCopy.libversion()), QString::fromUtf8(sqlitelibrary::linked().libversion()));
        {
            auto opened = connection::open(QStringLiteral("copy"), {dir.filePath(QStringLiteral("c.sqlite"))});
            QVERIFY(opened.ok());
            auto checked = sqlitelibrary::verify(opened.value(), secondCopy);
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().code, QStringLiteral("sqlite_mismatch"));
            QVERIFY(checked.error().message.contains(QLatin1StringView("copies of SQLite")));
            QCOMPARE(secondCopy.softHeapLimit64(-1), 0LL); // restored in the other copy too
        }
        connection::close(QStringLiteral("copy"));
        copy.unload();
    }
#endif

private:
    static long long softHeapLimit(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("PRAGMA soft_heap_limit")) && query.next() ? query.value(0).toLongLong() : -1;
    }
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
