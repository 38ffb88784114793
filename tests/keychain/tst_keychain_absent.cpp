// No keychain reachable (no session bus, as on a kiosk session or a headless machine): the
// counter keeps working with a value still in the settings file, says so in a warning that
// names the setting and what to do (never the value), and changes nothing; storing fails
// with a clear error.
#include "secrets/keychainstore.h"
#include "secrets/secretresolver.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestKeychainAbsent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent"))); }

    void aValueInTheFileIsUsedWithAWarning()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("RentalDesk.conf")), QSettings::IniFormat);
        file.setValue(QStringLiteral("sync/password"), QStringLiteral("plain-pass"));
        KeychainStore keychain(10'000);
        SecretResolver resolver(&keychain, file);
        QCOMPARE(resolver.value(Secret::SyncPassword), QStringLiteral("plain-pass"));
        QCOMPARE(file.value(QStringLiteral("sync/password")).toString(), QStringLiteral("plain-pass")); // kept
        QCOMPARE(resolver.warnings().size(), 1);
        const QString warning = resolver.warnings().constFirst();
        QVERIFY2(warning.contains(QStringLiteral("sync/password")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("rentaldesk --store-secret sync-password")));
        QVERIFY(warning.contains(QStringLiteral("RENTALDESK_SYNC_PASSWORD")));
        QVERIFY(!warning.contains(QStringLiteral("plain-pass")));
        QCOMPARE(resolver.notes(), QStringList());
    }

    void nothingAnywhereIsEmptyWithoutAWarning()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("RentalDesk.conf")), QSettings::IniFormat);
        KeychainStore keychain(10'000);
        SecretResolver resolver(&keychain, file);
        QCOMPARE(resolver.value(Secret::SyncToken), QString());
        QCOMPARE(resolver.warnings(), QStringList());
    }

    void storingFailsClearly()
    {
        KeychainStore keychain(10'000);
        const Result<void> kept = keychain.write(Secret::KioskStaffPin, QStringLiteral("2468"));
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, QStringLiteral("keychain_unavailable"));

        QProcess store;
        store.start(QStringLiteral(RENTALDESK_PATH), {QStringLiteral("--store-secret"), QStringLiteral("kiosk-pin")});
        QVERIFY(store.waitForStarted());
        store.write("2468\n");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(30'000));
        QCOMPARE(store.exitCode(), 1);
        QVERIFY(store.readAllStandardError().contains("keychain cannot be used"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainAbsent)
#include "tst_keychain_absent.moc"
