// The Help menu: the user guide opens the manual shipped in the program (in the interface's
// language), Copy diagnostics puts what support needs on the clipboard and nothing secret,
// About names the version and the licence.
#include "childwidget.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "testbackend.h"
#include "userguidedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

class TestHelpMenu final : public QObject
{
    Q_OBJECT

private:
    static DisplayContext display() { return {QLocale(QLocale::English), QTimeZone("Asia/Seoul")}; }

    static QAction *helpAction(MainWindow &window, const QString &text)
    {
        auto *menu = window.findChild<HelpMenu *>();
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions())
            if (action->text().remove(u'&') == text)
                return action;
        return nullptr;
    }

    static QString manualText(const QString &resource)
    {
        QFile file(resource);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void copyDiagnosticsPutsTheFactsOnTheClipboard()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Item, UserDraft{QStringLiteral("boss"), QStringLiteral("Boss"), QStringLiteral("password-123"),
                                     Role::Manager, {}}));
        MainWindow window(t.backend(), display(), Profile::Item, t.databasePath());
        window.setDiagnostics({42, QStringLiteral("/var/log/rentaldesk-test"),
                               [] { return QStringList{QStringLiteral("line one"), QStringLiteral("line two")}; }});
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        QVERIFY(ready.count() > 0 || ready.wait(10'000));
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("username")), QStringLiteral("boss"));
        QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("password")), QStringLiteral("password-123"));
        QTest::keyClick(child<QLineEdit>(&window, QStringLiteral("password")), Qt::Key_Return);
        QVERIFY(signedIn.count() > 0 || signedIn.wait(10'000));

        QGuiApplication::clipboard()->clear();
        QAction *copy = helpAction(window, QStringLiteral("Copy diagnostics"));
        QVERIFY(copy);
        copy->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("RentalDesk 9.8.7 (Qt ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Database: ") + t.databasePath()));
        QVERIFY(text.contains(QStringLiteral("Schema version: 42")));
        QVERIFY(text.contains(QStringLiteral("Logs: /var/log/rentaldesk-test")));
        QVERIFY(text.contains(QStringLiteral("Business: item")));
        QVERIFY(text.contains(QStringLiteral("Signed in as: manager")));
        QVERIFY(text.contains(QStringLiteral("Sync: this counter does not synchronise")));
        QVERIFY(text.endsWith(QStringLiteral("line one\nline two\n")));
        QVERIFY(!text.contains(QStringLiteral("password-123")));
    }

    void theUserGuideShowsTheManualInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("resource");
        QTest::addRow("English") << QLocale(QLocale::English) << QStringLiteral(":/docs/manual.md");
        QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea) << QStringLiteral(":/docs/manual.ko.md");
    }

    void theUserGuideShowsTheManualInTheInterfaceLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, resource);
        QLocale::setDefault(locale);
        QCOMPARE(UserGuideDialog::manualResource(), resource);
        const QString markdown = manualText(resource);
        QVERIFY2(markdown.size() > 1000, "the manual is compiled in");
        // Its first heading, as the browser shows it.
        const QString heading = markdown.section(u'\n', 0, 0).remove(u'#').trimmed();
        UserGuideDialog dialog;
        QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("userGuide"))->toPlainText().startsWith(heading));
    }

    void aboutNamesTheVersionAndTheLicence()
    {
        TestBackend t;
        MainWindow window(t.backend(), display(), Profile::Car, t.databasePath());
        QAction *about = helpAction(window, QStringLiteral("About RentalDesk"));
        QVERIFY(about);
        QVERIFY(helpAction(window, QStringLiteral("About Qt")));
        QString shown;
        // QMessageBox::about runs its own event loop: read it from there, then close it.
        QTimer::singleShot(0, &window, [&shown]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->accept();
        });
        about->trigger();
        QVERIFY2(shown.contains(QStringLiteral("RentalDesk 9.8.7")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("GNU General Public License")));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
