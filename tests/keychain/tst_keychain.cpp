// Secrets in a real keychain (GNOME Keyring's Secret Service on a private session bus, see
// with-keyring.sh): kept, read and removed; values left in the settings file move into the
// keychain and out of the file; the environment wins; `rentaldesk --store-secret` and
// `--forget-secret` work from the command line with the value on standard input.
#include "secrets/keychainstore.h"
#include "secrets/secretresolver.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    KeychainStore m_keychain{10'000};

    QString stored(Secret secret)
    {
        const Result<std::optional<QString>> read = m_keychain.read(secret);
        if (!read) {
            qWarning("%s", qPrintable(read.error().message));
            return QStringLiteral("<unavailable>");
        }
        return read.value().value_or(QString());
    }

private Q_SLOTS:
    void init()
    {
        for (Secret secret : secrets::all()) {
            qunsetenv(secrets::environmentVariable(secret));
            QVERIFY(m_keychain.remove(secret).ok());
        }
    }

    void aSecretIsKeptReadAndRemoved()
    {
        QCOMPARE(stored(Secret::SyncPassword), QString());
        QVERIFY(m_keychain.write(Secret::SyncPassword, QStringLiteral("s3cret pass")).ok());
        QVERIFY(m_keychain.write(Secret::KioskStaffPin, QStringLiteral("2468")).ok());
        QCOMPARE(stored(Secret::SyncPassword), QStringLiteral("s3cret pass"));
        QCOMPARE(stored(Secret::KioskStaffPin), QStringLiteral("2468"));
        QVERIFY(m_keychain.remove(Secret::SyncPassword).ok());
        QCOMPARE(stored(Secret::SyncPassword), QString());
        QCOMPARE(stored(Secret::KioskStaffPin), QStringLiteral("2468")); // the others stay
    }

    void aValueInTheSettingsFileMovesIntoTheKeychain()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("RentalDesk.conf")), QSettings::IniFormat);
        file.setValue(QStringLiteral("payments/apiKey"), QStringLiteral("sk_old_1"));
        file.setValue(QStringLiteral("payments/providerUrl"), QStringLiteral("https://pay.example"));
        SecretResolver resolver(&m_keychain, file);
        QCOMPARE(resolver.value(Secret::PaymentApiKey), QStringLiteral("sk_old_1"));
        QVERIFY(!file.contains(QStringLiteral("payments/apiKey")));
        QVERIFY(file.contains(QStringLiteral("payments/providerUrl"))); // not a secret
        QCOMPARE(stored(Secret::PaymentApiKey), QStringLiteral("sk_old_1"));
        QCOMPARE(resolver.warnings(), QStringList());
        QCOMPARE(resolver.notes().size(), 1);
        QVERIFY(!resolver.notes().constFirst().contains(QStringLiteral("sk_old_1")));

        // The next start finds it in the keychain.
        SecretResolver again(&m_keychain, file);
        QCOMPARE(again.value(Secret::PaymentApiKey), QStringLiteral("sk_old_1"));
        QCOMPARE(again.notes(), QStringList());
    }

    void theKeychainWinsOverAnOldCopyInTheFile()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("RentalDesk.conf")), QSettings::IniFormat);
        QVERIFY(m_keychain.write(Secret::SyncToken, QStringLiteral("new-token")).ok());
        file.setValue(QStringLiteral("sync/token"), QStringLiteral("old-token"));
        SecretResolver resolver(&m_keychain, file);
        QCOMPARE(resolver.value(Secret::SyncToken), QStringLiteral("new-token"));
        QVERIFY(!file.contains(QStringLiteral("sync/token")));
        QCOMPARE(stored(Secret::SyncToken), QStringLiteral("new-token"));
    }

    void theEnvironmentWinsAndIsNotStored()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("RentalDesk.conf")), QSettings::IniFormat);
        QVERIFY(m_keychain.write(Secret::SyncPassword, QStringLiteral("from-keychain")).ok());
        qputenv("RENTALDESK_SYNC_PASSWORD", "from-environment");
        SecretResolver resolver(&m_keychain, file);
        QCOMPARE(resolver.value(Secret::SyncPassword), QStringLiteral("from-environment"));
        qunsetenv("RENTALDESK_SYNC_PASSWORD");
        QCOMPARE(stored(Secret::SyncPassword), QStringLiteral("from-keychain"));
    }

    void theCommandLineStoresAndForgetsASecret()
    {
        QProcess store;
        store.start(QStringLiteral(RENTALDESK_PATH), {QStringLiteral("--store-secret"), QStringLiteral("kiosk-pin")});
        QVERIFY(store.waitForStarted());
        store.write("97531\n");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(30'000));
        QCOMPARE(store.exitCode(), 0);
        QVERIFY(!store.readAllStandardOutput().contains("97531")); // never echoed
        QCOMPARE(stored(Secret::KioskStaffPin), QStringLiteral("97531"));

        QProcess forget;
        forget.start(QStringLiteral(RENTALDESK_PATH), {QStringLiteral("--forget-secret"), QStringLiteral("kiosk-pin")});
        QVERIFY(forget.waitForFinished(30'000));
        QCOMPARE(forget.exitCode(), 0);
        QCOMPARE(stored(Secret::KioskStaffPin), QString());

        // No value: refused, nothing stored.
        QProcess empty;
        empty.start(QStringLiteral(RENTALDESK_PATH), {QStringLiteral("--store-secret"), QStringLiteral("sync-token")});
        QVERIFY(empty.waitForStarted());
        empty.closeWriteChannel();
        QVERIFY(empty.waitForFinished(30'000));
        QCOMPARE(empty.exitCode(), 2);
        QCOMPARE(stored(Secret::SyncToken), QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
