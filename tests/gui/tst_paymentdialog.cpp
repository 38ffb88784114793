// The payment dialog over a real database and the built-in gateway: approved, declined with
// the reason, deferred (pay later, provider down); card details that must never be sent are
// refused inline without calling anything; earlier payments and refunds are listed.
#include "childwidget.h"
#include "paymentdialog.h"
#include "testbackend.h"

#include "domain/cardnumbers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// With RD_SHOTS=<folder> in the environment, the customer's card steps are saved there as
// <name>.png, for looking at the screens.
void shot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("RD_SHOTS");
    if (!folder.isEmpty())
        window->grab().save(folder + u'/' + name + u".png"_s);
}

} // namespace

class TestPaymentDialog final : public QObject
{
    Q_OBJECT

private:
    static UiContext context()
    {
        return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, Profile::Car};
    }


    // A radio button reacts to clicks on its indicator and label, not on the rest of its row.
    static void choose(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    struct Scene
    {
        TestBackend t;
        Reservation booking;
        std::unique_ptr<Session> clerk;
        QPointer<PaymentDialog> dialog;

        explicit Scene(Role role = Role::Clerk)
        {
            clerk = t.signIn(role);
            const Resource car = t.addResource(Profile::Car, 1, 55'000, PricingUnit::PerDay, u"Hyundai Avante"_s);
            HoldRequest request = t.request(car, t.addCustomer(), 1, 2);
            booking = role == Role::Customer ? TestBackend::must(clerk->hold(request)) : t.hold(request).value();
            dialog = new PaymentDialog(*clerk, context(), booking);
            dialog->open();
        }
        ~Scene() { delete dialog.data(); }

        PaymentOutcome payByCard(const QString &token, const QString &last4 = u"4242"_s)
        {
            QSignalSpy paid(dialog.data(), &PaymentDialog::paid);
            child<QRadioButton>(dialog, u"methodCard"_s)->click();
            auto *tokenField = child<QLineEdit>(dialog, u"cardToken"_s);
            tokenField->clear();
            QTest::keyClicks(tokenField, token);
            auto *last4Field = child<QLineEdit>(dialog, u"cardLast4"_s);
            last4Field->clear();
            QTest::keyClicks(last4Field, last4);
            return pay(paid);
        }

        PaymentOutcome pay(QSignalSpy &paid)
        {
            auto *button = child<QPushButton>(dialog, u"pay"_s);
            QTest::mouseClick(button, Qt::LeftButton);
            if (!paid.count())
                [&] { QVERIFY(!button->isEnabled()); }(); // disabled while the gateway is asked
            if (!(paid.count() || paid.wait(5000)))
                qFatal("the payment was not answered");
            return paid.takeFirst().first().value<PaymentOutcome>();
        }
    };

    // Everything Qt's logging is handed while a test runs, every category switched on.
    static QByteArray &capturedLog()
    {
        static QByteArray log;
        return log;
    }
    static void capture(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        capturedLog() += message.toUtf8() + '\n';
    }
    // Every category switched on and captured until the guard it returns goes.
    static auto captureEverythingLogged()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        capturedLog().clear();
        const QtMessageHandler previous = qInstallMessageHandler(&TestPaymentDialog::capture);
        return qScopeGuard([previous]() {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
    }

    // Whether `bytes` holds any of `numbers` as typed or as bare digits, in UTF-8 or UTF-16
    // (SQLite may store text either way).
    static bool containsAnyOf(const QByteArray &bytes, const QStringList &numbers)
    {
        for (const QString &typed : numbers) {
            const QString digits = QString(typed).remove(u' ').remove(u'-');
            for (const QString &form : {typed, digits}) {
                const QByteArray utf16(reinterpret_cast<const char *>(form.utf16()), form.size() * 2);
                if (bytes.contains(form.toUtf8()) || bytes.contains(utf16))
                    return true;
            }
        }
        return false;
    }

    // Every value of every table, one by one, that holds a card number (in the raw file,
    // neighbouring columns run together: the digits ending one id and starting the next can
    // pass Luhn by chance).
    static QStringList storedCardNumbers(TestBackend &t)
    {
        return TestBackend::await(t.backend().readers().read<QStringList>([](const QSqlDatabase &db) {
            QStringList found;
            QSqlQuery tables(db);
            tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
            while (tables.next()) {
                QSqlQuery rows(db);
                rows.exec(u"SELECT * FROM \"%1\""_s.arg(tables.value(0).toString()));
                while (rows.next())
                    for (int c = 0; c < rows.record().count(); ++c)
                        if (cardnumbers::foundIn(rows.value(c).toString().toUtf8()))
                            found << tables.value(0).toString() + u'.' + rows.record().fieldName(c);
            }
            return found;
        }));
    }

    // A customer types their own card: number, expiry, security code.
    static void typeCard(PaymentDialog *dialog, const QString &number, const QString &expiry = u"08/31"_s,
                         const QString &securityCode = u"123"_s)
    {
        for (const auto &[name, text] : {std::pair{u"cardNumber"_s, number}, std::pair{u"cardExpiry"_s, expiry},
                                         std::pair{u"cardSecurityCode"_s, securityCode}}) {
            auto *field = child<QLineEdit>(dialog, name);
            field->clear();
            QTest::keyClicks(field, text);
        }
    }

private Q_SLOTS:
    void manyPaymentsLeaveNoCardNumberInTheDatabaseOrTheLog()
    {
        QVERIFY(cardnumbers::foundIn("<4242424242424242>")); // the scan itself finds one
        const auto restore = captureEverythingLogged();
        const QStringList typedNumbers{u"4242 4242 4242 4242"_s, u"5555-5555-5555-4444"_s, u"4000000000000002"_s,
                                       u"378282246310005"_s};
        Scene s;
        const Resource car = s.t.addResource(Profile::Car, 40, 30'000, PricingUnit::PerDay, u"Kia Ray"_s);
        for (int i = 0; i < 24; ++i) {
            const Reservation booking = s.t.hold(s.t.request(car, s.t.addCustomer(), 1 + i, 1)).value();
            delete s.dialog.data();
            s.dialog = new PaymentDialog(*s.clerk, context(), booking);
            s.dialog->open();
            // A clerk types the card number where the token belongs: refused, and gone from the field.
            auto *tokenField = child<QLineEdit>(s.dialog, u"cardToken"_s);
            QTest::keyClicks(tokenField, typedNumbers.at(i % typedNumbers.size()));
            QTest::mouseClick(child<QPushButton>(s.dialog, u"pay"_s), Qt::LeftButton);
            QVERIFY(child<QLabel>(s.dialog, u"cardError"_s)->isVisible());
            QVERIFY(tokenField->text().isEmpty());
            if (i % 3 == 0)
                QCOMPARE(s.payByCard(u"tok_decline_%1"_s.arg(i)).paymentStatus, PaymentStatus::Declined);
            QCOMPARE(s.payByCard(u"tok_visa_%1"_s.arg(i), u"4242"_s).paymentStatus, PaymentStatus::Approved);
            if (i % 4 == 0) // and some are cancelled again: refunded
                QVERIFY(TestBackend::await(s.t.reservations().cancel(booking.id)).ok());
        }
        // The API refuses a card number in the token as well, before storing anything.
        const Reservation last = s.t.hold(s.t.request(car, s.t.addCustomer(), 60, 1)).value();
        const auto refused = TestBackend::await(s.t.reservations().pay(
            PaymentRequest{last.id, PaymentMethod::Card, u"tok 4242 4242 4242 4242"_s, u"VISA"_s, u"4242"_s}));
        QCOMPARE(refused.error().code, u"invalid_card_details"_s);

        QVERIFY(!capturedLog().isEmpty()); // the services did talk
        QVERIFY2(!cardnumbers::foundIn(capturedLog()), capturedLog().constData());
        QVERIFY(!containsAnyOf(capturedLog(), typedNumbers));
        const QStringList stored = storedCardNumbers(s.t);
        QVERIFY2(stored.isEmpty(), qPrintable(stored.join(u", "_s)));
        // And the files as they lie on disk hold none of the numbers typed.
        const QDir folder = QFileInfo(s.t.databasePath()).dir();
        int scanned = 0;
        for (const QFileInfo &file : folder.entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!containsAnyOf(f.readAll(), typedNumbers), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 2); // the database and its write-ahead log
    }

    void approvedByCardThenRefundIsListed()
    {
        Scene s;
        QVERIFY(child<QLabel>(s.dialog, u"amount"_s)->text().contains(u"₩110,000"_s));
        const PaymentOutcome outcome = s.payByCard(u"tok_visa"_s);
        QCOMPARE(outcome.paymentStatus, PaymentStatus::Approved);
        QVERIFY(outcome.payment.has_value());
        QCOMPARE(outcome.payment->cardLast4, u"4242"_s);
        const QString said = child<QLabel>(s.dialog, u"outcome"_s)->text();
        QVERIFY2(said.contains(u"Approved"_s) && said.contains(u"4242"_s), qPrintable(said));
        QVERIFY(!child<QPushButton>(s.dialog, u"pay"_s)->isVisible()); // nothing left to pay
        QCOMPARE(s.t.reload(s.booking.id).status, ReservationStatus::Confirmed);

        auto *history = child<QTreeWidget>(s.dialog, u"payments"_s);
        QTRY_COMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(3), u"Approved"_s);
        QCOMPARE(history->topLevelItem(0)->text(4), u"VISA •••• 4242"_s);
        // Cancelling refunds it; the list follows.
        QVERIFY(TestBackend::await(s.t.reservations().cancel(s.booking.id)).ok());
        QTRY_COMPARE(history->topLevelItem(0)->text(3), u"Refunded"_s);
    }

    void declinedShowsTheReason()
    {
        Scene s;
        const PaymentOutcome outcome = s.payByCard(u"tok_decline"_s);
        QCOMPARE(outcome.paymentStatus, PaymentStatus::Declined);
        const QString said = child<QLabel>(s.dialog, u"outcome"_s)->text();
        QVERIFY2(said.startsWith(u"Declined"_s) && said.contains(u"the card was declined"_s), qPrintable(said));
        QCOMPARE(s.t.reload(s.booking.id).paymentStatus, PaymentStatus::Declined);
        auto *pay = child<QPushButton>(s.dialog, u"pay"_s);
        QVERIFY(pay->isVisible() && pay->isEnabled()); // another card may be tried
        QTRY_COMPARE(child<QTreeWidget>(s.dialog, u"payments"_s)->topLevelItemCount(), 1);

        QCOMPARE(s.payByCard(u"tok_mastercard"_s, u"5555"_s).paymentStatus, PaymentStatus::Approved);
        QTRY_COMPARE(child<QTreeWidget>(s.dialog, u"payments"_s)->topLevelItemCount(), 2);
    }

    void payLaterAtTheCounterIsDeferred()
    {
        Scene s;
        QSignalSpy paid(s.dialog.data(), &PaymentDialog::paid);
        choose(child<QRadioButton>(s.dialog, u"methodCounter"_s));
        QVERIFY(!child<QLineEdit>(s.dialog, u"cardToken"_s)->isEnabled()); // no card asked for
        const PaymentOutcome outcome = s.pay(paid);
        QCOMPARE(outcome.paymentStatus, PaymentStatus::Deferred);
        QVERIFY(child<QLabel>(s.dialog, u"outcome"_s)->text().contains(u"counter"_s));
        const Reservation stored = s.t.reload(s.booking.id);
        QCOMPARE(stored.paymentStatus, PaymentStatus::Deferred);
        QCOMPARE(stored.status, ReservationStatus::Held);
    }

    void providerDownIsDeferredToPayALittleLater()
    {
        Scene s;
        const PaymentOutcome outcome = s.payByCard(u"tok_unavailable"_s);
        QCOMPARE(outcome.paymentStatus, PaymentStatus::Deferred);
        const QString told = child<QLabel>(s.dialog, u"outcome"_s)->text();
        QVERIFY2(told.contains(u"a little later"_s), qPrintable(told));
        // … and how long the booking is held for them.
        const Reservation booking = s.t.reload(s.booking.id);
        QVERIFY(booking.holdExpiresAt > 0);
        QCOMPARE(outcome.holdExpiresAt, booking.holdExpiresAt);
        QVERIFY2(told.contains(context().display.dateTime(booking.holdExpiresAt)), qPrintable(told));
    }

    void cardDetailsThatMustNotBeSentAreRefusedInline()
    {
        Scene s;
        QSignalSpy paid(s.dialog.data(), &PaymentDialog::paid);
        const QStringList before = s.t.snapshot();
        auto *token = child<QLineEdit>(s.dialog, u"cardToken"_s);
        auto *last4 = child<QLineEdit>(s.dialog, u"cardLast4"_s);
        auto *error = child<QLabel>(s.dialog, u"cardError"_s);
        auto *pay = child<QPushButton>(s.dialog, u"pay"_s);

        QTest::keyClicks(token, u"tok_visa"_s);
        QTest::keyClicks(last4, u"42a"_s);
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"exactly 4 digits"_s));

        last4->clear();
        QTest::keyClicks(last4, u"42424"_s);
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY(error->text().contains(u"exactly 4 digits"_s));

        // A full card number anywhere is refused and wiped from the screen.
        last4->clear();
        QTest::keyClicks(last4, u"4242"_s);
        token->clear();
        QTest::keyClicks(token, u"4242 4242 4242 4242"_s);
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY(error->text().contains(u"full card number"_s));
        QVERIFY(token->text().isEmpty());
        last4->clear();
        QTest::keyClicks(last4, u"4111-1111-1111-1111"_s);
        QTest::mouseClick(pay, Qt::LeftButton);
        QVERIFY(error->text().contains(u"full card number"_s));
        QVERIFY(last4->text().isEmpty());

        QCOMPARE(paid.count(), 0);
        QCOMPARE(s.t.snapshot(), before);
        QVERIFY(pay->isEnabled());
    }

    void aCustomerAtHomeTypesTheirCardAndIsToldItIsPaid()
    {
        const auto restore = captureEverythingLogged();
        Scene s(Role::Customer);
        QVERIFY(!child<QRadioButton>(s.dialog, u"methodCash"_s)->isVisibleTo(s.dialog));
        QVERIFY(child<QRadioButton>(s.dialog, u"methodCounter"_s)->isVisibleTo(s.dialog));
        // No card terminal at home: no token to type, their card instead.
        QVERIFY(!s.dialog->findChild<QLineEdit *>(u"cardToken"_s));
        auto *number = child<QLineEdit>(s.dialog, u"cardNumber"_s);
        QTest::keyClicks(number, u"4000000000000002"_s);
        QCOMPARE(number->text(), u"4000 0000 0000 0002"_s); // grouped as on the card
        typeCard(s.dialog, u"4000 0000 0000 0002"_s);
        QSignalSpy paid(s.dialog.data(), &PaymentDialog::paid);
        QCOMPARE(s.pay(paid).paymentStatus, PaymentStatus::Declined);
        QVERIFY(child<QLabel>(s.dialog, u"outcome"_s)->text().startsWith(u"Declined"_s));
        QVERIFY(number->text().isEmpty()); // the provider has it; it is not kept on screen
        QVERIFY(child<QLineEdit>(s.dialog, u"cardSecurityCode"_s)->text().isEmpty());
        QVERIFY(child<QLabel>(s.dialog, u"amount"_s)->text().startsWith(u"Amount due"_s));

        typeCard(s.dialog, u"5555 5555 5555 4444"_s);
        shot(s.dialog, u"card-typed"_s);
        const PaymentOutcome outcome = s.pay(paid);
        shot(s.dialog, u"card-paid"_s);
        QCOMPARE(outcome.paymentStatus, PaymentStatus::Approved);
        QCOMPARE(outcome.payment->cardBrand, u"Mastercard"_s);
        QCOMPARE(outcome.payment->cardLast4, u"4444"_s);
        QCOMPARE(child<QLabel>(s.dialog, u"amount"_s)->text(), u"Paid: ₩110,000"_s);
        QVERIFY(!child<QPushButton>(s.dialog, u"pay"_s)->isVisible());
        QCOMPARE(s.t.reload(s.booking.id).paymentStatus, PaymentStatus::Approved);
        QTRY_COMPARE(child<QTreeWidget>(s.dialog, u"payments"_s)->topLevelItemCount(), 2);
        QCOMPARE(child<QTreeWidget>(s.dialog, u"payments"_s)->topLevelItem(1)->text(4), u"Mastercard •••• 4444"_s);
        const QStringList stored = storedCardNumbers(s.t);
        QVERIFY2(stored.isEmpty(), qPrintable(stored.join(u", "_s)));
        QVERIFY(!capturedLog().isEmpty());
        QVERIFY2(!cardnumbers::foundIn(capturedLog()), capturedLog().constData());

        // Opened again later, it says so at once.
        delete s.dialog.data();
        s.dialog = new PaymentDialog(*s.clerk, context(), s.t.reload(s.booking.id));
        QCOMPARE(child<QLabel>(s.dialog, u"amount"_s)->text(), u"Paid: ₩110,000"_s);
    }

    void aMistypedCardShowsEveryProblemAndSendsNothing()
    {
        Scene s(Role::Customer);
        s.dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(s.dialog)); // to see where the cursor goes
        QSignalSpy paid(s.dialog.data(), &PaymentDialog::paid);
        const QStringList before = s.t.snapshot();
        typeCard(s.dialog, u"4242 4242 4242 4241"_s, u"13/29"_s, u"12"_s);
        QTest::mouseClick(child<QPushButton>(s.dialog, u"pay"_s), Qt::LeftButton);
        shot(s.dialog, u"card-mistyped"_s);
        const QString said = child<QLabel>(s.dialog, u"cardEntryError"_s)->text();
        QVERIFY2(said.contains(u"card number is not valid"_s) && said.contains(u"month/year"_s)
                     && said.contains(u"3 or 4 digits"_s),
                 qPrintable(said));
        QVERIFY(child<QLineEdit>(s.dialog, u"cardNumber"_s)->hasFocus());
        typeCard(s.dialog, u"4242 4242 4242 4242"_s, u"01/20"_s);
        QTest::mouseClick(child<QPushButton>(s.dialog, u"pay"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(s.dialog, u"cardEntryError"_s)->text(), u"This card has expired."_s);
        QVERIFY(child<QLineEdit>(s.dialog, u"cardExpiry"_s)->hasFocus());
        QCOMPARE(paid.count(), 0);
        QCOMPARE(s.t.snapshot(), before);
    }

    void aCustomersCardWithTheProviderDownIsDeferred()
    {
        Scene s(Role::Customer);
        typeCard(s.dialog, u"4000 0000 0000 0119"_s); // the simulator's "provider down" card
        QSignalSpy paid(s.dialog.data(), &PaymentDialog::paid);
        QCOMPARE(s.pay(paid).paymentStatus, PaymentStatus::Deferred);
        QVERIFY(child<QLabel>(s.dialog, u"outcome"_s)->text().contains(u"a little later"_s));
        QCOMPARE(s.t.reload(s.booking.id).status, ReservationStatus::Held);
    }

    void cashIsForStaffAndEscapeCloses()
    {
        Scene s;
        QSignalSpy paid(s.dialog.data(), &PaymentDialog::paid);
        choose(child<QRadioButton>(s.dialog, u"methodCash"_s));
        QCOMPARE(s.pay(paid).paymentStatus, PaymentStatus::Approved);
        QTRY_COMPARE(child<QTreeWidget>(s.dialog, u"payments"_s)->topLevelItemCount(), 1);
        QCOMPARE(child<QTreeWidget>(s.dialog, u"payments"_s)->topLevelItem(0)->text(2), u"Cash"_s);
        QTest::keyClick(s.dialog.data(), Qt::Key_Escape);
        QTRY_VERIFY(s.dialog.isNull()); // deletes itself when closed
    }
};

QTEST_MAIN(TestPaymentDialog)
#include "tst_paymentdialog.moc"
