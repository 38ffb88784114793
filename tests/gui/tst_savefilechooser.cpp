// "Save as" for backups and exports: the dialog suggests a dated name in the folder used last
// time for that kind of file, and remembers the folder the person chose.
#include "savefilechooser.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestSaveFileChooser final : public QObject
{
    Q_OBJECT

private:
    // Answers the dialog once it is up: the file it suggests, then `answer` (accept a name,
    // or cancel when empty).
    static void answerDialog(QString *suggested, const QString &answer)
    {
        QTimer::singleShot(0, qApp, [suggested, answer] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return answerDialog(suggested, answer); // not shown yet: look again next time round
            *suggested = dialog->selectedFiles().value(0);
            if (answer.isEmpty())
                return dialog->reject();
            dialog->selectFile(answer);
            QMetaObject::invokeMethod(dialog, "accept"); // its own checks, as the Save button does
        });
    }

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void suggestsADatedNameWhereTheLastFileWent()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QSettings().setValue(QStringLiteral("export/folder"), first.path());
        QString suggested;
        const QString chosen = second.filePath(QStringLiteral("mine.csv"));
        answerDialog(&suggested, chosen);
        const QString path = savefilechooser::ask(nullptr, QStringLiteral("Export"), QStringLiteral("export/folder"),
                                                  QStringLiteral("bookings-%1.csv"), QStringLiteral("CSV (*.csv)"));
        QCOMPARE(suggested, QDir(first.path()).filePath(
                                QStringLiteral("bookings-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
        QCOMPARE(path, chosen);
        QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(), second.path());
        // Another kind of file keeps its own folder.
        QVERIFY(!QSettings().contains(QStringLiteral("backup/folder")));

        // Changing one's mind: no path, and the folder stays as it was.
        answerDialog(&suggested, QString());
        QVERIFY(savefilechooser::ask(nullptr, QStringLiteral("Export"), QStringLiteral("export/folder"),
                                     QStringLiteral("bookings-%1.csv"), QStringLiteral("CSV (*.csv)"))
                    .isEmpty());
        QCOMPARE(suggested, QDir(second.path()).filePath(
                                QStringLiteral("bookings-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
        QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(), second.path());
    }
};

QTEST_MAIN(TestSaveFileChooser)
#include "tst_savefilechooser.moc"
