// The `rentaldesk` command line, run as a real process: help, version, bad arguments (exit
// code 2 with a message), a bad sync server address from the command line or the
// environment, and the read-model rebuild.
#include "queries/mybookingsquery.h"
#include "storage/sqlquery.h"
#include "testbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QList<std::pair<QString, QString>> &extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const auto &[name, value] : extraEnvironment)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RENTALDESK_PATH), arguments);
        if (!process.waitForFinished(60'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--db", "--demo", "--lang", "--rebuild-read-model", "--backup", "--server", "--device", "--version"})
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(RENTALDESK_VERSION)));
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--demo"), QStringLiteral("boat")}
                                         << QStringLiteral("boat");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--demo")} << QStringLiteral("demo");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
                                          << QStringLiteral("fr");
        QTest::newRow("empty path") << QStringList{QStringLiteral("--db=")} << QStringLiteral("--db");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("bookings.sqlite")} << QStringLiteral("bookings.sqlite");
        QTest::newRow("server not a URL") << QStringList{QStringLiteral("--server"), QStringLiteral("counter-7")}
                                          << QStringLiteral("\"counter-7\" is not a server address");
        QTest::newRow("server not http") << QStringList{QStringLiteral("--server=ftp://10.0.0.1")}
                                         << QStringLiteral("--server: \"ftp://10.0.0.1\" is not a server address");
        QTest::newRow("server without value") << QStringList{QStringLiteral("--server")} << QStringLiteral("server");
        QTest::newRow("empty device") << QStringList{QStringLiteral("--device=")} << QStringLiteral("--device");
        QTest::newRow("empty backup") << QStringList{QStringLiteral("--backup=")} << QStringLiteral("--backup");
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1StringView("--help")));
    }

    void aBackupFromTheCommandLineCopiesTheDatabaseAndRefusesItsOwnFile()
    {
        const QTemporaryDir folder;
        const QString database = folder.filePath(QStringLiteral("counter.sqlite"));
        const QString copy = folder.filePath(QStringLiteral("copy.sqlite"));
        // No database yet: nothing is made, neither it nor a copy.
        const Run none = run({QStringLiteral("--db"), database, QStringLiteral("--backup"), copy});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("There is no database at %1.").arg(database)), qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(database) && !QFileInfo::exists(copy));

        QCOMPARE(run({QStringLiteral("--db"), database, QStringLiteral("--rebuild-read-model")}).exitCode, 0);
        const Run backedUp = run({QStringLiteral("--db"), database, QStringLiteral("--backup"), copy});
        QCOMPARE(backedUp.exitCode, 0);
        QVERIFY2(backedUp.out.contains(copy), qPrintable(backedUp.out));
        QVERIFY(QFileInfo(copy).size() > 0);
        // The copy is a database of its own: the rebuild runs on it.
        QCOMPARE(run({QStringLiteral("--db"), copy, QStringLiteral("--rebuild-read-model")}).exitCode, 0);

        const Run itself = run({QStringLiteral("--db"), database, QStringLiteral("--backup"), database});
        QCOMPARE(itself.exitCode, 1);
        QVERIFY2(itself.err.contains(QLatin1StringView("not the database in use")), qPrintable(itself.err));
    }

    void helpExplainsTheSyncOptions()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1StringView("--server <url>")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1StringView("RENTALDESK_SERVER")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1StringView("--device <name>")), qPrintable(help.out));
    }

    // The password must never appear, not even in the message about the address it was in.
    void credentialsInTheServerAddressAreRefusedWithoutEchoingThem()
    {
        const Run r = run({QStringLiteral("--server"), QStringLiteral("http://clerk:s3cret-pw@10.0.0.1:8080")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("RENTALDESK_SYNC_PASSWORD")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1StringView("s3cret-pw")));
        QVERIFY(!r.out.contains(QLatin1StringView("s3cret-pw")));
    }

    void aBadServerInTheEnvironmentIsNamed()
    {
        const Run r = run({}, {{QStringLiteral("RENTALDESK_SERVER"), QStringLiteral("not a url")},
                               {QStringLiteral("RENTALDESK_SYNC_PASSWORD"), QStringLiteral("s3cret-pw")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("RENTALDESK_SERVER")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("is not a server address")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1StringView("s3cret-pw")));
        // The command line wins over the environment (the rebuild runs and exits: no window).
        const QTemporaryDir folder;
        const Run overridden = run({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--db"),
                                    folder.filePath(QStringLiteral("counter.sqlite")), QStringLiteral("--rebuild-read-model")},
                                   {{QStringLiteral("RENTALDESK_SERVER"), QStringLiteral("not a url")}});
        QCOMPARE(overridden.exitCode, 0);
    }

    void aBadPaymentProviderAddressIsRefusedWithoutEchoingCredentials_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("not a url") << QStringLiteral("not a url");
        QTest::newRow("not http") << QStringLiteral("ftp://10.0.0.1/pay");
        QTest::newRow("credentials") << QStringLiteral("https://shop:pay-s3cret@pay.example.com");
    }

    void aBadPaymentProviderAddressIsRefusedWithoutEchoingCredentials()
    {
        QFETCH(QString, url);
        const QTemporaryDir folder;
        const Run r = run({QStringLiteral("--db"), folder.filePath(QStringLiteral("counter.sqlite")),
                           QStringLiteral("--rebuild-read-model")},
                          {{QStringLiteral("RENTALDESK_PAYMENT_URL"), url}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("payment provider")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1StringView("pay-s3cret")));
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("counter.sqlite")))); // refused before anything
    }

    void aBreakerSettingOutOfRangeIsNamed()
    {
        const QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("RentalDesk")));
        QFile file(config.filePath(QStringLiteral("RentalDesk/RentalDesk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[payments]\nbreaker\\windowCalls=20\nbreaker\\minimumCalls=500\n");
        file.close();
        const QTemporaryDir folder;
        const Run r = run({QStringLiteral("--db"), folder.filePath(QStringLiteral("counter.sqlite")),
                           QStringLiteral("--rebuild-read-model")},
                          {{QStringLiteral("XDG_CONFIG_HOME"), config.path()}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1StringView("payments/breaker/minimumCalls")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1StringView("500")), qPrintable(r.err));

        // With sensible values the same settings file is taken.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[payments]\nbreaker\\windowCalls=20\nbreaker\\minimumCalls=5\n");
        file.close();
        const Run fine = run({QStringLiteral("--db"), folder.filePath(QStringLiteral("counter.sqlite")),
                              QStringLiteral("--rebuild-read-model")},
                             {{QStringLiteral("XDG_CONFIG_HOME"), config.path()}});
        QCOMPARE(fine.exitCode, 0);
    }

    void theKioskNeedsAStaffPin_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("environmentPin");
        QTest::addColumn<QString>("named");
        QTest::newRow("no PIN") << QByteArray() << QString() << QStringLiteral("--store-secret kiosk-pin");
        QTest::newRow("too short") << QByteArray("[kiosk]\nstaffPin=12\n") << QString() << QStringLiteral("--store-secret kiosk-pin");
        QTest::newRow("not digits") << QByteArray() << QStringLiteral("12ab34") << QStringLiteral("RENTALDESK_KIOSK_PIN");
        QTest::newRow("idle out of range") << QByteArray("[kiosk]\nstaffPin=2468\nidleSeconds=5\n") << QString()
                                           << QStringLiteral("kiosk/idleSeconds");
    }

    void theKioskNeedsAStaffPin()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, environmentPin);
        QFETCH(QString, named);
        const QTemporaryDir config;
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("RentalDesk")));
        QFile file(config.filePath(QStringLiteral("RentalDesk/RentalDesk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(settings);
        file.close();
        QList<std::pair<QString, QString>> environment{{QStringLiteral("XDG_CONFIG_HOME"), config.path()}};
        if (!environmentPin.isEmpty())
            environment.append({QStringLiteral("RENTALDESK_KIOSK_PIN"), environmentPin});
        const QTemporaryDir folder;
        const Run r = run({QStringLiteral("--kiosk"), QStringLiteral("--db"), folder.filePath(QStringLiteral("k.sqlite"))},
                          environment);
        QCOMPARE(r.exitCode, 2); // before any window
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("k.sqlite"))));
        if (!environmentPin.isEmpty())
            QVERIFY2(!r.err.contains(environmentPin), qPrintable(r.err)); // never printed
    }

    void koreanErrorMessages()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--demo"), QStringLiteral("boat")});
        QCOMPARE(r.exitCode, 2);
        // The message is translated: it contains Hangul.
        QVERIFY2(std::any_of(r.err.cbegin(), r.err.cend(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }),
                 qPrintable(r.err));
    }

    void rebuildsTheReadModel()
    {
        QString path;
        QList<MyBooking> live;
        auto readAll = [](TestBackend &t) {
            return TestBackend::await(t.backend().readers().read<Result<QList<MyBooking>>>(
                                          [](const QSqlDatabase &db) { return mybookingsquery::all(db); }))
                .value();
        };
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        const Reservation r = t.hold(t.request(car, c, 1, 2)).value();
        QVERIFY(t.payByCard(r.id).ok());
        QVERIFY(t.hold(t.request(car, c, 5, 1)).ok());
        live = readAll(t);
        TestBackend::must(t.backend().executor().execute<bool>([](CommandContext &ctx) -> Result<bool> {
            RD_TRY(SqlQuery(ctx.db, QStringLiteral("DELETE FROM my_bookings")).exec());
            return true;
        }));
        QVERIFY(readAll(t).isEmpty());

        const Run rebuilt = run({QStringLiteral("--db"), t.databasePath(), QStringLiteral("--rebuild-read-model")});
        QCOMPARE(rebuilt.exitCode, 0);
        QVERIFY2(rebuilt.out.contains(QLatin1StringView("event")), qPrintable(rebuilt.out));
        QCOMPARE(readAll(t), live);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
