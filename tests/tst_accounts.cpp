// Accounts, signing in and what each role may do: the services refuse what a role may not
// do whatever the screens show, and passwords are kept only as Argon2id hashes.
#include "testbackend.h"

#include "domain/errors.h"
#include "security/apitokens.h"

#include <QJsonDocument>
#include <QTest>

class TestAccounts final : public QObject
{
    Q_OBJECT

private:
    static UserDraft manager(const QString &password = QStringLiteral("s3cret-enough"))
    {
        return UserDraft{QStringLiteral("boss"), QStringLiteral("Park Jisoo"), password, Role::Manager, {}};
    }

private Q_SLOTS:
    void firstRunCreatesTheManagerAndTheShopProfileOnce()
    {
        TestBackend t;
        AccountService &accounts = t.backend().accounts();
        QCOMPARE(TestBackend::must(accounts.isSetUp()), false);
        QCOMPARE(TestBackend::must(accounts.shopProfile()), std::nullopt);
        const User boss = TestBackend::must(accounts.setUp(Profile::Taxi, manager()));
        QCOMPARE(boss.role, Role::Manager);
        QCOMPARE(TestBackend::must(accounts.isSetUp()), true);
        QCOMPARE(TestBackend::must(accounts.shopProfile()), std::optional(Profile::Taxi));

        const QStringList before = t.snapshot();
        UserDraft second = manager();
        second.username = QStringLiteral("other");
        auto again = TestBackend::await(accounts.setUp(Profile::Car, second));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("already_set_up"));
        QCOMPARE(t.snapshot(), before);
    }

    void passwordsAreStoredOnlyAsArgon2Hashes()
    {
        TestBackend t;
        const QString password = QStringLiteral("plain-text-must-not-appear");
        TestBackend::must(t.backend().accounts().setUp(Profile::Car, manager(password)));
        const QString everything = t.snapshot().join(QLatin1Char('\n'));
        QVERIFY(!everything.contains(password));
        QVERIFY(everything.contains(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
    }

    void signInChecksThePassword()
    {
        TestBackend t;
        AccountService &accounts = t.backend().accounts();
        TestBackend::must(accounts.setUp(Profile::Car, manager()));
        const User signedIn = TestBackend::must(accounts.signIn(QStringLiteral(" Boss "), QStringLiteral("s3cret-enough")));
        QCOMPARE(signedIn.username, QStringLiteral("boss"));
        QCOMPARE(signedIn.displayName, QStringLiteral("Park Jisoo"));
        for (const auto &[name, password] : {std::pair{QStringLiteral("boss"), QStringLiteral("wrong-password")},
                                             std::pair{QStringLiteral("nobody"), QStringLiteral("s3cret-enough")},
                                             std::pair{QStringLiteral("boss"), QString()}}) {
            auto refused = TestBackend::await(accounts.signIn(name, password));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, QStringLiteral("sign_in_failed"));
        }
    }

    void badAccountsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("withCustomer");
        QTest::addColumn<QString>("code");
        QTest::newRow("short name") << "ab" << "long-enough" << int(Role::Clerk) << false << "invalid_username";
        QTest::newRow("upper case") << "Clerk" << "long-enough" << int(Role::Clerk) << false << "invalid_username";
        QTest::newRow("space") << "a clerk" << "long-enough" << int(Role::Clerk) << false << "invalid_username";
        QTest::newRow("short password") << "clerk" << "short" << int(Role::Clerk) << false << "password_too_short";
        QTest::newRow("taken") << "boss" << "long-enough" << int(Role::Clerk) << false << "username_taken";
        QTest::newRow("customer without customer") << "cust" << "long-enough" << int(Role::Customer) << false
                                                   << "unknown_customer";
        QTest::newRow("staff with customer") << "clerk" << "long-enough" << int(Role::Clerk) << true
                                             << "staff_with_customer";
    }

    void badAccountsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(int, role);
        QFETCH(bool, withCustomer);
        QFETCH(QString, code);
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(Profile::Car, manager()));
        const Customer customer = t.addCustomer();
        const QStringList before = t.snapshot();
        UserDraft draft{username, QStringLiteral("Someone"), password, Role(role), withCustomer ? customer.id : QUuid()};
        auto refused = TestBackend::await(t.backend().accounts().createUser(draft));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(t.snapshot(), before);
    }

    // A manager edits, disables and resets accounts; each change is in the account's audit
    // trail with who made it, and never the password.
    void managersChangeAccountsAndEveryChangeIsAudited()
    {
        TestBackend t;
        auto boss = t.signIn(Role::Manager, QStringLiteral("boss"));
        const User yuna = TestBackend::must(boss->createUser(
            UserDraft{QStringLiteral("yuna"), QStringLiteral("Choi Yuna"), QStringLiteral("first-password"), Role::Clerk, {}}));

        const User renamed = TestBackend::must(boss->editAccount(yuna.id, {QStringLiteral("  Choi Yu-na "), Role::Manager}));
        QCOMPARE(renamed.displayName, QStringLiteral("Choi Yu-na"));
        QCOMPARE(renamed.role, Role::Manager);
        TestBackend::must(boss->resetPassword(yuna.id, QStringLiteral("second-password")));
        AccountService &accounts = t.backend().accounts();
        QCOMPARE(TestBackend::await(accounts.signIn(QStringLiteral("yuna"), QStringLiteral("first-password"))).error().code,
                 QStringLiteral("sign_in_failed"));
        QVERIFY(TestBackend::await(accounts.signIn(QStringLiteral("yuna"), QStringLiteral("second-password"))).ok());

        ApiTokens tokens(t.backend().executor(), t.backend().readers(), t.clock());
        const IssuedToken token = TestBackend::must(tokens.issue(yuna, QStringLiteral("tablet")));
        QVERIFY(TestBackend::must(tokens.resolve(token.token)).has_value());
        QVERIFY(TestBackend::must(boss->setAccountDisabled(yuna.id, true)).disabled);
        // Its server tokens stop working too (resolved afresh: a resolved owner is cached a while).
        ApiTokens afterwards(t.backend().executor(), t.backend().readers(), t.clock());
        QVERIFY(!TestBackend::must(afterwards.resolve(token.token)).has_value());
        // The right password of a disabled account says so; a wrong one says no more than usual.
        QCOMPARE(TestBackend::await(accounts.signIn(QStringLiteral("yuna"), QStringLiteral("second-password"))).error().code,
                 QStringLiteral("account_disabled"));
        QCOMPARE(TestBackend::await(accounts.signIn(QStringLiteral("yuna"), QStringLiteral("wrong-password"))).error().code,
                 QStringLiteral("sign_in_failed"));
        QVERIFY(!TestBackend::must(boss->setAccountDisabled(yuna.id, false)).disabled);
        QVERIFY(TestBackend::await(accounts.signIn(QStringLiteral("yuna"), QStringLiteral("second-password"))).ok());

        const QList<AccountEvent> trail = TestBackend::must(boss->accountHistory(yuna.id));
        QStringList seen;
        for (const AccountEvent &e : trail) {
            seen << e.type + u'/' + e.by;
            QVERIFY(!QJsonDocument(e.payload).toJson().contains("password")); // never the password
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("AccountCreated/boss"), QStringLiteral("AccountChanged/boss"),
                                    QStringLiteral("PasswordReset/boss"), QStringLiteral("AccountDisabled/boss"),
                                    QStringLiteral("AccountEnabled/boss")}));
        QCOMPARE(trail.at(1).payload.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));

        // A clerk may do none of it.
        auto clerk = t.signIn(Role::Clerk);
        QCOMPARE(TestBackend::await(clerk->setAccountDisabled(yuna.id, true)).error().code, QStringLiteral("forbidden"));
    }

    // The shop keeps a manager who can sign in, nobody locks themselves out, customer
    // accounts stay customer accounts; every refusal changes nothing.
    void accountChangesThatWouldLockTheShopOutAreRefused()
    {
        TestBackend t;
        auto boss = t.signIn(Role::Manager, QStringLiteral("boss"));
        const User me = boss->user();
        const auto refused = [&t](QFuture<Result<User>> step, const QString &code) {
            const QStringList before = t.snapshot();
            const Result<User> result = TestBackend::await(step);
            QVERIFY2(!result.ok(), qPrintable(code));
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(t.snapshot(), before);
        };
        refused(boss->setAccountDisabled(me.id, true), QStringLiteral("own_account"));
        refused(boss->editAccount(me.id, {me.displayName, Role::Clerk}), QStringLiteral("own_account"));
        refused(boss->editAccount(me.id, {QStringLiteral("   "), Role::Manager}), QStringLiteral("text_required"));
        refused(boss->resetPassword(me.id, QStringLiteral("short")), QStringLiteral("password_too_short"));
        refused(boss->setAccountDisabled(QUuid::createUuid(), true), QStringLiteral("unknown_account"));
        auto customer = t.signIn(Role::Customer, QStringLiteral("kim"));
        refused(boss->editAccount(customer->user().id, {QStringLiteral("Kim"), Role::Clerk}), QStringLiteral("customer_role_fixed"));
        auto clerk = t.signIn(Role::Clerk, QStringLiteral("yuna"));
        refused(boss->editAccount(clerk->user().id, {QStringLiteral("Yuna"), Role::Customer}), QStringLiteral("customer_role_fixed"));

        // Another manager may disable this one, but not the last one left.
        auto other = t.signIn(Role::Manager, QStringLiteral("second"));
        QVERIFY(TestBackend::must(other->setAccountDisabled(me.id, true)).disabled);
        TestBackend::must(other->setAccountDisabled(me.id, false));
        TestBackend::must(boss->setAccountDisabled(other->user().id, true));
        // "second" is disabled; a session it still had open cannot take the last manager away.
        refused(other->setAccountDisabled(me.id, true), QStringLiteral("last_manager"));
        refused(other->editAccount(me.id, {me.displayName, Role::Clerk}), QStringLiteral("last_manager"));
    }

    void aCustomerCanSignUpOnTheirOwn()
    {
        TestBackend t;
        AccountService &accounts = t.backend().accounts();
        const User user = TestBackend::must(accounts.registerCustomerAccount(
            CustomerDraft{QStringLiteral("이서연"), QStringLiteral("010-5555-1234"), {}}, QStringLiteral("seoyeon"),
            QStringLiteral("my-own-password")));
        QCOMPARE(user.role, Role::Customer);
        const auto customer = TestBackend::must(t.customers().find(user.customerId));
        QVERIFY(customer.has_value());
        QCOMPARE(customer->data.name, QStringLiteral("이서연"));

        // A refused account leaves no customer behind.
        const QStringList before = t.snapshot();
        QVERIFY(!TestBackend::await(accounts.registerCustomerAccount(CustomerDraft{QStringLiteral("Kim"), {}, {}},
                                                                      QStringLiteral("seoyeon"),
                                                                      QStringLiteral("another-password"))));
        QCOMPARE(t.snapshot(), before);
    }

    void rolesDecideWhatTheServicesAccept()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer walkIn = t.addCustomer();
        auto clerk = t.signIn(Role::Clerk);
        auto customer = t.signIn(Role::Customer);
        auto manager = t.signIn(Role::Manager);
        const QStringList before = t.snapshot();

        ResourceDraft draft = car.data;
        draft.name = QStringLiteral("Kia Ray");
        auto expectForbidden = [](const auto &result) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, QStringLiteral("forbidden"));
        };
        expectForbidden(TestBackend::await(clerk->registerResource(draft)));
        expectForbidden(TestBackend::await(clerk->retireResource(car.id)));
        expectForbidden(TestBackend::await(clerk->users()));
        expectForbidden(TestBackend::await(customer->registerResource(draft)));
        expectForbidden(TestBackend::await(customer->registerCustomer(CustomerDraft{QStringLiteral("X"), {}, {}})));
        expectForbidden(TestBackend::await(manager->myBookings()));
        expectForbidden(TestBackend::await(clerk->read<int>(Action::ViewDashboard, [](const QSqlDatabase &) {
            return Result<int>(1);
        })));
        QCOMPARE(t.snapshot(), before);

        // A clerk books for a walk-in customer and may confirm; a customer may not confirm.
        const Reservation booked = TestBackend::must(clerk->hold(t.request(car, walkIn, 1, 2)));
        QCOMPARE(booked.customerId, walkIn.id);
        expectForbidden(TestBackend::await(customer->confirm(booked.id)));
        QVERIFY(TestBackend::await(manager->registerResource(draft)).ok());
    }

    void aCustomerActsOnlyOnTheirOwnBookings()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 2);
        const Customer someoneElse = t.addCustomer(QStringLiteral("Someone Else"));
        auto customer = t.signIn(Role::Customer);
        const Reservation theirs = t.hold(t.request(car, someoneElse, 1, 2)).value();

        // Whatever customer the request names, a customer books as themselves.
        const Reservation own = TestBackend::must(customer->hold(t.request(car, someoneElse, 1, 2)));
        QCOMPARE(own.customerId, customer->user().customerId);

        const QStringList before = t.snapshot();
        auto notMine = TestBackend::await(customer->cancel(theirs.id));
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().code, QStringLiteral("forbidden"));
        QVERIFY(!TestBackend::await(customer->pay(PaymentRequest{theirs.id, PaymentMethod::Cash, {}, {}, {}})));
        QVERIFY(!TestBackend::await(customer->findReservation(theirs.id)));
        QVERIFY(!TestBackend::await(customer->payments(theirs.id)));
        QCOMPARE(t.snapshot(), before);

        // Only staff take cash.
        auto cash = TestBackend::await(customer->pay(PaymentRequest{own.id, PaymentMethod::Cash, {}, {}, {}}));
        QVERIFY(!cash);
        QCOMPARE(cash.error().code, QStringLiteral("forbidden"));
        const PaymentOutcome paid = TestBackend::must(
            customer->pay(PaymentRequest{own.id, PaymentMethod::Card, QStringLiteral("tok_visa"),
                                         QStringLiteral("VISA"), QStringLiteral("4242")}));
        QCOMPARE(paid.paymentStatus, PaymentStatus::Approved);
        QCOMPARE(TestBackend::must(customer->payments(own.id)).size(), 1);
        const Reservation cancelled = TestBackend::must(customer->cancel(own.id));
        QCOMPARE(cancelled.status, ReservationStatus::Cancelled);
        QCOMPARE(t.reload(own.id).paymentStatus, PaymentStatus::Refunded);
        QTRY_COMPARE(TestBackend::must(customer->myBookings()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
