// The desktop's log files: lines land in the file in order from any thread, the file rotates
// at its size limit keeping a fixed number of old ones, the last lines stay in memory for
// diagnostics, and nothing that looks like a card number, a token or a password reaches it.
#include "logging/logfile.h"
#include "logging/logredaction.h"
#include "logging/messagehandler.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

Q_LOGGING_CATEGORY(lcLogTest, "rentaldesk.logtest")

namespace {

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesFromManyThreadsAllArriveInTheFile()
    {
        QTemporaryDir dir;
        LogFile log(dir.filePath(QStringLiteral("logs"))); // made when missing
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&log, t] {
                for (int i = 0; i < 250; ++i)
                    log.append(QStringLiteral("thread %1 line %2").arg(t).arg(i));
            });
        for (std::thread &thread : threads)
            thread.join();
        log.flush();
        const QStringList lines = linesOf(log.currentFilePath());
        QCOMPARE(lines.size(), 1000);
        // Each thread's lines keep their order.
        for (int t = 0; t < 4; ++t) {
            const QStringList own = lines.filter(QStringLiteral("thread %1 ").arg(t));
            QCOMPARE(own.size(), 250);
            QCOMPARE(own.first(), QStringLiteral("thread %1 line 0").arg(t));
            QCOMPARE(own.last(), QStringLiteral("thread %1 line 249").arg(t));
        }
    }

    void theFileRotatesAndKeepsOnlyTheNewestFiles()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), LogFile::Limits{1000, 3, 5});
        const QString line = QString(99, u'x'); // 100 bytes with its line break
        for (int i = 0; i < 55; ++i)
            log.append(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')) + line.mid(2));
        log.flush();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({QStringLiteral("rentaldesk.log"), QStringLiteral("rentaldesk.log.1"),
                                     QStringLiteral("rentaldesk.log.2")}));
        for (const QString &name : files)
            QVERIFY2(QFileInfo(dir.filePath(name)).size() <= 1000, qPrintable(name));
        // The newest lines are in rentaldesk.log, the ones before them in .1.
        QVERIFY(linesOf(dir.filePath(QStringLiteral("rentaldesk.log"))).last().startsWith(QStringLiteral("54")));
        QVERIFY(linesOf(dir.filePath(QStringLiteral("rentaldesk.log.1"))).last().startsWith(QStringLiteral("49")));
        // The last lines are at hand in memory, only as many as asked.
        const QStringList recent = log.recentLines();
        QCOMPARE(recent.size(), 5);
        QVERIFY(recent.last().startsWith(QStringLiteral("54")));
        QVERIFY(recent.first().startsWith(QStringLiteral("50")));
    }

    void aNewLogAppendsToTheExistingFile()
    {
        QTemporaryDir dir;
        {
            LogFile first(dir.path());
            first.append(QStringLiteral("first run"));
        } // the destructor writes what is queued
        LogFile second(dir.path());
        second.append(QStringLiteral("second run"));
        second.flush();
        QCOMPARE(linesOf(second.currentFilePath()), QStringList({QStringLiteral("first run"), QStringLiteral("second run")}));
    }

    void secretsAreMasked_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("secret");
        QTest::addRow("card") << QStringLiteral("charge failed for 4242424242424242 today") << QStringLiteral("4242424242424242");
        QTest::addRow("grouped card") << QStringLiteral("card 4242 4242 4242 4242.") << QStringLiteral("4242 4242 4242 4242");
        QTest::addRow("bearer") << QStringLiteral("Authorization: Bearer abc.DEF-123") << QStringLiteral("abc.DEF-123");
        QTest::addRow("json password") << QStringLiteral(R"({"username":"kim","password":"s3cret!"})") << QStringLiteral("s3cret!");
        QTest::addRow("key=value") << QStringLiteral("apiKey=sk_live_1 sent") << QStringLiteral("sk_live_1");
        QTest::addRow("pin") << QStringLiteral("staff PIN: 2468") << QStringLiteral("2468");
    }

    void secretsAreMasked()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString redacted = logredaction::redact(line);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(QStringLiteral("removed")), qPrintable(redacted));
    }

    void ordinaryTextIsLeftAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("ids") << QStringLiteral("reservation 0190a000-0000-7000-8000-000000000001 confirmed");
        QTest::addRow("amounts") << QStringLiteral("paid 120000 KRW at 2026-12-05T09:30:00Z");
        QTest::addRow("phone") << QStringLiteral("SMS to 010-1234-5678 queued");
        QTest::addRow("words") << QStringLiteral("tokens: 3 issued, spinning up 2 readers");
    }

    void ordinaryTextIsLeftAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(logredaction::redact(line), line);
    }

    void qtMessagesGoToTheFileMasked()
    {
        QTemporaryDir dir;
        LogFile log(dir.path());
        messagehandler::install(log);
        qCWarning(lcLogTest) << "declined card" << "4000000000000002";
        qCInfo(lcLogTest) << "sign-in screen shown";
        messagehandler::uninstall();
        qCWarning(lcLogTest) << "after uninstall";
        log.flush();
        const QStringList lines = linesOf(log.currentFilePath());
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral(" warning rentaldesk.logtest: declined card")), qPrintable(lines.at(0)));
        QVERIFY(!lines.at(0).contains(QStringLiteral("4000000000000002")));
        QVERIFY(lines.at(1).contains(QStringLiteral(" info rentaldesk.logtest: sign-in screen shown")));
        // ISO time stamp in UTC first.
        QVERIFY(QDateTime::fromString(lines.at(1).section(u' ', 0, 0), Qt::ISODateWithMs).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
