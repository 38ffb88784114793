// The installed DEB (tests/package/install-package.sh put it in place) run as a user would:
// the three programs answer --version, the desktop starts offscreen on a new database until
// its first screen is ready and logs to its log folder, the server answers /health/ready and
// serves the OpenAPI document that the package installs, and the files a desktop needs are
// where the desktop looks for them.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString packageRoot()
{
    QFile file(QStringLiteral(RD_PACKAGE_STATE_DIR "/root"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

QString installed(const QString &path)
{
    return QDir(packageRoot()).filePath(path);
}

// A program of the package, its output collected as it comes.
class InstalledProgram final : public QObject
{
public:
    InstalledProgram(const QString &name, const QStringList &arguments, const QStringList &environment = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(installed(QStringLiteral("usr/bin/") + name));
        m_process.setArguments(arguments);
        connect(&m_process, &QProcess::readyReadStandardOutput, this,
                [this]() { m_out += QString::fromUtf8(m_process.readAllStandardOutput()); });
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this]() { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start();
    }
    ~InstalledProgram() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10'000)) {
                m_process.kill();
                m_process.waitForFinished(10'000);
            }
        }
    }

    // Until `text` appeared on stdout or stderr (true) or the program ended first.
    bool waitForOutput(const QString &text, int timeoutMs = 30'000)
    {
        return QTest::qWaitFor(
                   [&]() { return contains(text) || m_process.state() == QProcess::NotRunning; }, timeoutMs)
               && contains(text);
    }
    bool contains(const QString &text) const { return m_out.contains(text) || m_err.contains(text); }
    bool finish(int timeoutMs = 30'000)
    {
        return m_process.waitForFinished(timeoutMs);
    }
    QProcess &process() { return m_process; }
    QString out() const { return m_out; }
    QString err() const { return m_err; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

struct Answer final
{
    int status = 0;
    QByteArray body;
};

Answer get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    (void)finished.wait(30'000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

} // namespace

class TestInstalledPackage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!packageRoot().isEmpty(), "install-package.sh did not run (ctest fixture `package`)");
        QVERIFY(QFileInfo(installed(QStringLiteral("usr/bin/rentaldesk"))).isExecutable());
    }

    void everyProgramAnswersVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addRow("rentaldesk") << QStringLiteral("rentaldesk");
        QTest::addRow("rentaldesk-server") << QStringLiteral("rentaldesk-server");
        QTest::addRow("rentaldesk-paysim") << QStringLiteral("rentaldesk-paysim");
    }

    void everyProgramAnswersVersion()
    {
        QFETCH(QString, program);
        InstalledProgram run(program, {QStringLiteral("--version")});
        QVERIFY(run.finish());
        QCOMPARE(run.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.process().exitCode(), 0);
        QVERIFY2(run.out().contains(QStringLiteral(RENTALDESK_VERSION)), qPrintable(run.out() + run.err()));
    }

    void theDesktopStartsOnANewDatabase()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("logs"));
        InstalledProgram desktop(QStringLiteral("rentaldesk"),
                                 {QStringLiteral("--db"), dir.filePath(QStringLiteral("new.sqlite")),
                                  QStringLiteral("--lang"), QStringLiteral("en")},
                                 {QStringLiteral("RENTALDESK_LOG_DIR=") + logs,
                                  QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config"))});
        QVERIFY2(desktop.waitForOutput(QStringLiteral("Sign-in screen shown")), qPrintable(desktop.err()));
        QVERIFY(desktop.contains(QStringLiteral("Database ready at schema version")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("new.sqlite"))));
        // The same lines are in its log file (written by the log's own thread: wait for it).
        QFile log(QDir(logs).filePath(QStringLiteral("rentaldesk.log")));
        QVERIFY(QTest::qWaitFor([&log]() {
            if (!log.open(QIODevice::ReadOnly))
                return false;
            const bool shown = log.readAll().contains("Sign-in screen shown");
            log.close();
            return shown;
        }, 10'000));
    }

    void theServerAnswersAndServesItsDocument()
    {
        QTemporaryDir dir;
        InstalledProgram server(QStringLiteral("rentaldesk-server"),
                                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                                 QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"))},
                                {QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config"))});
        QVERIFY2(server.waitForOutput(QStringLiteral("listening on ")), qPrintable(server.err()));
        QVERIFY2(server.waitForOutput(QStringLiteral("Database ready")), qPrintable(server.err()));
        const QString line = server.out().section(QStringLiteral("listening on "), 1).section(u'\n', 0, 0).trimmed();
        const QUrl base(line);
        QVERIFY2(base.port() > 0, qPrintable(line));

        QNetworkAccessManager network;
        const Answer ready = get(network, base.resolved(QUrl(QStringLiteral("/health/ready"))));
        QCOMPARE(ready.status, 200);
        const Answer document = get(network, base.resolved(QUrl(QStringLiteral("/api/v1/openapi.json"))));
        QCOMPARE(document.status, 200);
        QFile shipped(installed(QStringLiteral("usr/share/doc/rentaldesk/openapi.json")));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(document.body, shipped.readAll());
    }

    void theDesktopFindsItsFiles_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {
                 "usr/share/applications/org.rentaldesk.RentalDesk.desktop",
                 "usr/share/metainfo/org.rentaldesk.RentalDesk.metainfo.xml",
                 "usr/share/icons/hicolor/scalable/apps/org.rentaldesk.RentalDesk.svg",
                 "usr/share/icons/hicolor/48x48/apps/org.rentaldesk.RentalDesk.png",
                 "usr/share/icons/hicolor/256x256/apps/org.rentaldesk.RentalDesk.png",
                 "usr/share/man/man1/rentaldesk.1.gz",
                 "usr/share/man/man1/rentaldesk-server.1.gz",
                 "usr/share/man/man1/rentaldesk-paysim.1.gz",
                 "usr/share/man/man1/rentaldesk-kiosk-session.1.gz",
                 "usr/bin/rentaldesk-kiosk-session",
                 "usr/share/xsessions/rentaldesk-kiosk.desktop",
                 "usr/lib/systemd/user/rentaldesk-kiosk.service",
                 "lib/systemd/system/rentaldesk-server.service",
                 "etc/default/rentaldesk-server",
                 "usr/share/doc/rentaldesk/copyright",
                 "usr/share/doc/rentaldesk/changelog.gz",
                 "usr/share/doc/rentaldesk/payment-provider.md",
             })
            QTest::addRow("%s", path) << QString::fromLatin1(path);
    }

    void theDesktopFindsItsFiles()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(installed(path)).size() > 0, qPrintable(installed(path)));
    }

    void theServerUnitRunsTheInstalledServerAsItsOwnUser()
    {
        QFile unit(installed(QStringLiteral("lib/systemd/system/rentaldesk-server.service")));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QByteArray text = unit.readAll();
        QVERIFY(text.contains("User=rentaldesk"));
        QVERIFY(text.contains("StateDirectory=rentaldesk"));
        QVERIFY(text.contains("EnvironmentFile=-/etc/default/rentaldesk-server"));
        QVERIFY(text.contains("ExecStart=/usr/bin/rentaldesk-server $RENTALDESK_SERVER_ARGS"));
        QFile defaults(installed(QStringLiteral("etc/default/rentaldesk-server")));
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QVERIFY(defaults.readAll().contains("--database sqlite:/var/lib/rentaldesk/rentaldesk.sqlite"));
        // Installed with dpkg: its postinst made the service's user.
        if (QFile::exists(QStringLiteral(RD_PACKAGE_STATE_DIR "/installed-with-dpkg"))) {
            QProcess getent;
            getent.start(QStringLiteral("getent"), {QStringLiteral("passwd"), QStringLiteral("rentaldesk")});
            QVERIFY(getent.waitForFinished(10'000));
            QCOMPARE(getent.exitCode(), 0);
            QVERIFY(getent.readAllStandardOutput().contains(":/var/lib/rentaldesk:"));
        }
    }
};

QTEST_GUILESS_MAIN(TestInstalledPackage)
#include "tst_installed_package.moc"
