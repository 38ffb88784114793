// The reservation life cycle and the payment status graph: every transition allowed and
// every other one refused, both as rules and through the services (where a refusal must
// leave the database unchanged).
#include "commands/reservationcommands.h"
#include "domain/lifecycle.h"
#include "testbackend.h"

#include <QTest>

using RS = ReservationStatus;
using PS = PaymentStatus;

class TestLifecycle final : public QObject
{
    Q_OBJECT

private:
    // The graph of DESIGN.md §2, written out independently of the code under test.
    static bool expected(RS from, RS to)
    {
        static const QMultiHash<RS, RS> edges{
            {RS::Held, RS::Confirmed},      {RS::Held, RS::Cancelled},      {RS::Held, RS::ForceCancelled},
            {RS::Held, RS::Expired},        {RS::Held, RS::Rejected},       {RS::Confirmed, RS::InUse},
            {RS::Confirmed, RS::Cancelled}, {RS::Confirmed, RS::ForceCancelled}, {RS::Confirmed, RS::Rejected},
            {RS::InUse, RS::Completed}};
        return edges.contains(from, to);
    }

    static bool expected(PS from, PS to)
    {
        const bool retryable = from == PS::Unpaid || from == PS::Deferred || from == PS::Declined;
        if (retryable)
            return to == PS::Approved || to == PS::Declined || to == PS::Deferred;
        return from == PS::Approved && to == PS::Refunded;
    }

    static PaymentRequest cash(const QUuid &id) { return PaymentRequest{id, PaymentMethod::Cash, {}, {}, {}}; }

    // Brings a fresh booking (on its own resource) into `status`.
    Reservation bookingIn(TestBackend &t, RS status)
    {
        const Resource car = t.addResource(Profile::Car);
        const Customer customer = t.addCustomer();
        Reservation r = t.hold(t.request(car, customer, 1, 2)).value();
        auto &rs = t.reservations();
        switch (status) {
        case RS::Held:
            break;
        case RS::Confirmed:
            TestBackend::must(rs.pay(cash(r.id)));
            break;
        case RS::InUse:
            TestBackend::must(rs.pay(cash(r.id)));
            TestBackend::must(rs.startFulfilment(r.id));
            break;
        case RS::Completed:
            TestBackend::must(rs.pay(cash(r.id)));
            TestBackend::must(rs.startFulfilment(r.id));
            TestBackend::must(rs.finishFulfilment(r.id));
            break;
        case RS::Cancelled:
            TestBackend::must(rs.cancel(r.id));
            break;
        case RS::ForceCancelled:
            TestBackend::must(t.inventory().retire(car.id));
            break;
        case RS::Expired:
            t.clock().advance(t.backend().executor().settings().holdSeconds + 1);
            TestBackend::must(rs.expireDueHolds());
            break;
        case RS::Rejected:
            TestBackend::must(t.backend().executor().execute<Reservation>([id = r.id](CommandContext &c) {
                return reservationcommands::reject(c, id, QStringLiteral("capacity_conflict"));
            }));
            break;
        }
        r = t.reload(r.id);
        if (r.status != status)
            qFatal("could not reach the state under test");
        return r;
    }

private Q_SLOTS:
    void reservationGraphMatchesTheDesign()
    {
        for (RS from : lifecycle::allStatuses()) {
            for (RS to : lifecycle::allStatuses()) {
                QVERIFY2(lifecycle::allowed(from, to) == expected(from, to),
                         qPrintable(lifecycle::key(from) + QStringLiteral(" -> ") + lifecycle::key(to)));
                auto checked = lifecycle::check(from, to);
                QCOMPARE(checked.ok(), expected(from, to));
                if (!checked)
                    QCOMPARE(checked.error().code, QStringLiteral("invalid_transition"));
            }
        }
    }

    void paymentGraphMatchesTheDesign()
    {
        for (PS from : lifecycle::allPaymentStatuses()) {
            for (PS to : lifecycle::allPaymentStatuses()) {
                QVERIFY2(lifecycle::allowed(from, to) == expected(from, to),
                         qPrintable(lifecycle::key(from) + QStringLiteral(" -> ") + lifecycle::key(to)));
                if (!expected(from, to))
                    QCOMPARE(lifecycle::check(from, to).error().code, QStringLiteral("invalid_payment_transition"));
            }
        }
    }

    void occupyingStates()
    {
        QVERIFY(lifecycle::occupiesCapacity(RS::Held));
        QVERIFY(lifecycle::occupiesCapacity(RS::Confirmed));
        QVERIFY(lifecycle::occupiesCapacity(RS::InUse));
        for (RS s : {RS::Completed, RS::Cancelled, RS::ForceCancelled, RS::Expired, RS::Rejected})
            QVERIFY(!lifecycle::occupiesCapacity(s));
    }

    void everyActionInEveryState_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expectedError"); // empty = allowed

        const QString invalid = QStringLiteral("invalid_transition");
        struct Row { RS state; const char *confirm, *start, *finish, *cancel, *pay; };
        const QList<Row> table{
            {RS::Held, "payment_required", "invalid_transition", "invalid_transition", "", ""},
            {RS::Confirmed, "invalid_transition", "", "invalid_transition", "", "already_paid"},
            {RS::InUse, "invalid_transition", "invalid_transition", "", "invalid_transition", "already_paid"},
            {RS::Completed, "invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition", "already_paid"},
            {RS::Cancelled, "invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition", "nothing_to_pay"},
            {RS::ForceCancelled, "invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition", "nothing_to_pay"},
            {RS::Expired, "invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition", "nothing_to_pay"},
            {RS::Rejected, "invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition", "nothing_to_pay"},
        };
        for (const Row &row : table) {
            const QString name = lifecycle::key(row.state);
            const QList<std::pair<const char *, const char *>> actions{
                {"confirm", row.confirm}, {"start", row.start}, {"finish", row.finish},
                {"cancel", row.cancel}, {"pay", row.pay}};
            for (const auto &[action, error] : actions)
                QTest::addRow("%s %s", qPrintable(name), action)
                    << int(row.state) << QString::fromLatin1(action) << QString::fromLatin1(error);
        }
    }

    void everyActionInEveryState()
    {
        QFETCH(int, state);
        QFETCH(QString, action);
        QFETCH(QString, expectedError);
        TestBackend t;
        const Reservation before = bookingIn(t, RS(state));
        const QStringList snapshot = t.snapshot();
        auto &rs = t.reservations();

        Result<void> outcome;
        auto keep = [&outcome](const auto &result) {
            if (!result)
                outcome = result.error();
        };
        if (action == QLatin1StringView("confirm"))
            keep(TestBackend::await(rs.confirm(before.id)));
        else if (action == QLatin1StringView("start"))
            keep(TestBackend::await(rs.startFulfilment(before.id)));
        else if (action == QLatin1StringView("finish"))
            keep(TestBackend::await(rs.finishFulfilment(before.id)));
        else if (action == QLatin1StringView("cancel"))
            keep(TestBackend::await(rs.cancel(before.id)));
        else
            keep(TestBackend::await(rs.pay(cash(before.id))));

        if (expectedError.isEmpty()) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
            QVERIFY(t.reload(before.id).version > before.version);
        } else {
            QVERIFY(!outcome.ok());
            QCOMPARE(outcome.error().code, expectedError);
            QVERIFY(!outcome.error().message.isEmpty());
            QCOMPARE(t.snapshot(), snapshot); // refused: nothing changed
        }
    }

    void declinedThenApprovedThenRefunded()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Customer c = t.addCustomer();
        const Reservation r = t.hold(t.request(car, c, 1, 1)).value();
        auto declined = t.payByCard(r.id, QStringLiteral("tok_decline"));
        QVERIFY(declined.ok());
        QCOMPARE(declined->paymentStatus, PS::Declined);
        QCOMPARE(t.reload(r.id).status, RS::Held);
        auto approved = t.payByCard(r.id);
        QCOMPARE(approved->paymentStatus, PS::Approved);
        QCOMPARE(t.reload(r.id).status, RS::Confirmed);
        QCOMPARE(TestBackend::await(t.reservations().cancel(r.id))->paymentStatus, PS::Refunded);
        const auto payments = TestBackend::await(t.reservations().payments(r.id)).value();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0).status, PaymentRecordStatus::Declined);
        QCOMPARE(payments.at(1).status, PaymentRecordStatus::Refunded);
        QCOMPARE(payments.at(1).cardLast4, QStringLiteral("4242"));
    }

    void payAtCounterDefersThenCashApproves()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car);
        const Reservation r = t.hold(t.request(car, t.addCustomer(), 1, 1)).value();
        auto deferred = TestBackend::await(t.reservations().pay({r.id, PaymentMethod::PayAtCounter, {}, {}, {}}));
        QCOMPARE(deferred->paymentStatus, PS::Deferred);
        QVERIFY(!deferred->payment.has_value());
        QVERIFY(!deferred->reason.isEmpty());
        QCOMPARE(t.reload(r.id).status, RS::Held);
        auto cash = TestBackend::await(t.reservations().pay({r.id, PaymentMethod::Cash, {}, {}, {}}));
        QCOMPARE(cash->paymentStatus, PS::Approved);
        QCOMPARE(t.reload(r.id).status, RS::Confirmed);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
