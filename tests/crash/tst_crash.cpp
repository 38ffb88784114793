// A crash at any point leaves a consistent database. A child process (crashwriter) writes
// bookings and payments as fast as it can and reports each one once its transaction has
// committed; the test kills it with SIGKILL after a random number of acknowledgements, while
// more writes are queued and one is usually half done, then inspects the file: SQLite's own
// checks, every acknowledged booking and payment present, and the event log, the read model
// and the outbox agreeing with the tables (they are written in the same transaction).
// All rounds share one database, so each child also starts by recovering from the last kill.

#include "databaseaudit.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Rounds = 25;
constexpr int MaxAcknowledgedBeforeKill = 300;
constexpr int TimeoutMs = 30'000;

// Moves every complete line out of `buffer` into `ack` and returns how many bookings they
// acknowledged. An unterminated tail stays in the buffer: it has not been acknowledged.
int takeLines(QByteArray &buffer, Acknowledged &ack, QStringList &unexpected)
{
    int committed = 0;
    qsizetype end;
    while ((end = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(end);
        buffer.remove(0, end + 1);
        const qsizetype space = line.indexOf(' ');
        const QByteArray what = line.left(space);
        const QString id = QString::fromLatin1(line.mid(space + 1));
        if (space > 0 && what == "committed") {
            ack.committed.insert(id);
            ++committed;
        } else if (space > 0 && what == "paid") {
            ack.paid.insert(id);
        } else {
            unexpected << QString::fromLocal8Bit(line);
        }
    }
    return committed;
}

QString describe(QProcess &process)
{
    return QStringLiteral("crashwriter: state %1, exit status %2, exit code %3, error \"%4\"; stderr:\n%5")
        .arg(int(process.state()))
        .arg(int(process.exitStatus()))
        .arg(process.exitCode())
        .arg(process.errorString(), QString::fromLocal8Bit(process.readAllStandardError().right(4000)));
}

} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLeavesConsistentDatabase();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    bool m_keepDatabase = false;
};

void TestCrash::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CRASHWRITER_PATH)), CRASHWRITER_PATH " is not built");
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    QVERIFY(m_dir.isValid());
}

void TestCrash::killedWriterLeavesConsistentDatabase()
{
    // The seed decides when each kill comes; the timing of the writes does the rest.
    bool seeded = false;
    quint32 seed = qEnvironmentVariable("RD_CRASH_SEED").toUInt(&seeded);
    if (!seeded)
        seed = QRandomGenerator::global()->generate();
    qInfo("seed %u (set RD_CRASH_SEED=%u to repeat the kill points)", seed, seed);
    QRandomGenerator random(seed);

    const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
    m_keepDatabase = true; // until every round passed
    Acknowledged ack;
    for (int round = 1; round <= Rounds; ++round) {
        const int killAfter = 1 + int(random.bounded(MaxAcknowledgedBeforeKill));
        QProcess writer;
        writer.start(QStringLiteral(CRASHWRITER_PATH), {path});
        QVERIFY2(writer.waitForStarted(TimeoutMs), qPrintable(describe(writer)));

        QByteArray pending;
        QStringList unexpected;
        int acknowledged = 0;
        while (acknowledged < killAfter) {
            QVERIFY2(writer.waitForReadyRead(TimeoutMs), qPrintable(describe(writer)));
            pending += writer.readAllStandardOutput();
            acknowledged += takeLines(pending, ack, unexpected);
        }
        writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY2(writer.waitForFinished(TimeoutMs), qPrintable(describe(writer)));
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit, qPrintable(describe(writer)));
        // Lines written before the kill were acknowledged too, even if we had not read them.
        pending += writer.readAllStandardOutput();
        acknowledged += takeLines(pending, ack, unexpected);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));

        DatabaseAudit::Totals totals;
        QStringList problems;
        {
            DatabaseAudit audit(path, QStringLiteral("crash-audit-%1").arg(round));
            problems = audit.run(ack);
            totals = audit.totals();
        }
        qInfo("round %d: killed at ack %d, %d acknowledged by then; %lld acknowledged in all, %lld paid; "
              "database: %lld bookings, %lld payments, %lld events",
              round, killAfter, acknowledged, qint64(ack.committed.size()), qint64(ack.paid.size()),
              totals.reservations, totals.payments, totals.events);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("round %1 (seed %2):\n").arg(round).arg(seed) + problems.join(u'\n')));
    }
    m_keepDatabase = false;
}

void TestCrash::cleanupTestCase()
{
    if (m_keepDatabase) {
        m_dir.setAutoRemove(false);
        qWarning("the database is kept for inspection in %s", qPrintable(m_dir.path()));
    }
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
