// Card payments end to end: the services (CardPayments, the card tasks, the refund policy)
// with the HTTP gateway and its circuit breaker, against the payment simulator as a real
// process over loopback. What the simulator's ledger says is the truth about money: every
// test checks how many charges, captures and refunds really happened there.
#include "api/cardpayments.h"
#include "commands/cardpaymentcommands.h"
#include "domain/errors.h"
#include "payment/httppaymentgateway.h"
#include "payment/protectedgateway.h"
#include "paysimprocess.h"
#include "resilience/circuitbreaker.h"
#include "storage/cardtaskrepository.h"
#include "storage/notificationrepository.h"
#include "storage/paymentrepository.h"
#include "testbackend.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

#include <memory>

namespace {

const QString ApprovedCard = QStringLiteral("4242424242424242");
const QString DeclinedCard = QStringLiteral("4000000000000002");
constexpr int GatewayTimeoutMs = 700;

CircuitBreakerSettings quickBreaker()
{
    CircuitBreakerSettings s;
    s.windowCalls = 4;
    s.minimumCalls = 4;
    s.coolDownMs = 5000;
    s.halfOpenProbes = 2;
    s.slowCallMs = GatewayTimeoutMs;
    s.callTimeoutMs = GatewayTimeoutMs;
    return s;
}

// One counter's payment side: the provider behind a breaker whose time the test moves.
struct PaymentSide
{
    explicit PaymentSide(const PaySimProcess &sim)
        : http(HttpGatewaySettings{sim.url(), sim.apiKey(), GatewayTimeoutMs}), breaker(quickBreaker(), time),
          gateway(http, breaker)
    {
    }
    ManualMonotonicClock time;
    HttpPaymentGateway http;
    CircuitBreaker breaker;
    ProtectedGateway gateway;
};

} // namespace

class TestCardPayments final : public QObject
{
    Q_OBJECT

private:
    PaySimProcess m_sim;
    QString m_card;     // tokens made once for the whole run
    QString m_declined;
    std::unique_ptr<PaymentSide> m_side;
    std::unique_ptr<TestBackend> m_tb;
    Resource m_car;
    Customer m_kim;

    Reservation holdOne(qint64 startDay = 3)
    {
        auto held = m_tb->hold(m_tb->request(m_car, m_kim, startDay, 1));
        if (!held)
            qFatal("hold refused: %s", qPrintable(held.error().message));
        return held.value();
    }

    Result<PaymentOutcome> payByCard(const QUuid &reservationId, const QString &token)
    {
        return TestBackend::await(m_tb->reservations().pay(
            PaymentRequest{reservationId, PaymentMethod::Card, token, QStringLiteral("visa"), QStringLiteral("4242")}));
    }

    QList<CardTask> tasksOf(const QUuid &reservationId)
    {
        return TestBackend::must(m_tb->backend().executor().execute<QList<CardTask>>(
            [reservationId](CommandContext &c) { return cardtaskrepository::forReservation(c.db, reservationId); }));
    }

    QList<Payment> paymentsOf(const QUuid &reservationId)
    {
        return TestBackend::must(m_tb->reservations().payments(reservationId));
    }

    int settle()
    {
        return TestBackend::must(m_tb->backend().cardPayments().settleDue());
    }

    // Lets every waiting task come due (the longest retry delay), breaker cool-down included.
    void letTimePass()
    {
        m_tb->clock().advance(cardpaymentcommands::retryDelaySeconds(100));
        m_side->time.advance(quickBreaker().coolDownMs);
    }

    // Step 1 of a card payment alone: the task is written, in flight, and nothing else.
    CardTask beginCharge(const Reservation &booking)
    {
        return TestBackend::must(m_tb->backend().executor().execute<CardTask>(
            [id = booking.id, token = m_card](CommandContext &c) {
                return cardpaymentcommands::begin(
                    c, PaymentRequest{id, PaymentMethod::Card, token, QStringLiteral("visa"), QStringLiteral("4242")},
                    {});
            }));
    }

    // A charge whose answer was lost: the task written and the provider called (it charged),
    // then the call recorded as unanswered, exactly as when the connection dropped.
    CardTask chargeWithLostAnswer(const Reservation &booking)
    {
        const CardTask task = beginCharge(booking);
        const auto charged = m_side->http.charge(task.id, task.amount, task.cardToken);
        if (!charged || !charged->approved)
            qFatal("the simulator did not charge");
        return task;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.output()));
        m_card = m_sim.makeToken(ApprovedCard);
        m_declined = m_sim.makeToken(DeclinedCard);
        QVERIFY(!m_card.isEmpty() && !m_declined.isEmpty());
    }

    void init()
    {
        QVERIFY(m_sim.control({{QStringLiteral("latency_ms"), 0},
                               {QStringLiteral("failure_rate"), 0.0},
                               {QStringLiteral("outage"), false},
                               {QStringLiteral("fail_next"), 0},
                               {QStringLiteral("answer"), QStringLiteral("normal")}}));
        m_side = std::make_unique<PaymentSide>(m_sim);
        m_tb = std::make_unique<TestBackend>(ShopSettings{}, WorkerPriority::Normal, &m_side->gateway);
        m_car = m_tb->addResource(Profile::Car);
        m_kim = m_tb->addCustomer();
    }

    void cleanup()
    {
        m_tb.reset();
        m_side.reset();
    }

    void approvedCardIsChargedOnceAndLeavesNoTask()
    {
        const qint64 capturesBefore = m_sim.stat("captures");
        const Reservation booking = holdOne();
        const auto paid = payByCard(booking.id, m_card);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
        QCOMPARE(paid->paymentStatus, PaymentStatus::Approved);
        QVERIFY(paid->payment && paid->payment->gatewayReference.startsWith(u"auth_"));
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);
        QVERIFY(tasksOf(booking.id).isEmpty()); // the card token is gone with the task
        QCOMPARE(m_sim.stat("captures"), capturesBefore + 1);
    }

    void declinedCardIsAnAnswer()
    {
        const Reservation booking = holdOne();
        const auto paid = payByCard(booking.id, m_declined);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().code + u' ' + paid.error().message));
        QCOMPARE(paid->paymentStatus, PaymentStatus::Declined);
        QVERIFY(!paid->reason.isEmpty());
        QVERIFY(tasksOf(booking.id).isEmpty());
        QCOMPARE(paymentsOf(booking.id).size(), 1);
        QCOMPARE(paymentsOf(booking.id).first().status, PaymentRecordStatus::Declined);
    }

    void outageDefersAndTheChargeSettlesExactlyOnce()
    {
        const qint64 capturesBefore = m_sim.stat("captures");
        const Reservation booking = holdOne();
        QVERIFY(m_sim.control({{QStringLiteral("outage"), true}}));
        const auto paid = payByCard(booking.id, m_card);
        QVERIFY(paid.ok());
        QCOMPARE(paid->paymentStatus, PaymentStatus::Deferred);
        QVERIFY(!paid->reason.isEmpty());
        QVERIFY(booking.holdExpiresAt > 0);
        QCOMPARE(paid->holdExpiresAt, booking.holdExpiresAt); // the customer is told how long
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Deferred);
        auto tasks = tasksOf(booking.id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().state, CardTask::State::Waiting);
        QCOMPARE(tasks.first().attempts, 1);
        // The customer hears it too, with the time the hold ends in the shop's time zone.
        const QString holdEnds = QDateTime::fromSecsSinceEpoch(booking.holdExpiresAt, QTimeZone::utc())
                                     .toTimeZone(QTimeZone(ShopSettings{}.timeZone))
                                     .toString(u"yyyy-MM-dd HH:mm");
        const auto told = TestBackend::must(m_tb->backend().executor().execute<QList<Notification>>(
            [id = booking.id](CommandContext &c) { return notificationrepository::forReservation(c.db, id); }));
        QVERIFY(std::any_of(told.begin(), told.end(), [&holdEnds](const Notification &n) {
            return n.templateKey == u"payment_deferred" && n.body.contains(holdEnds) && n.body.contains(u"a little later");
        }));

        // Not due yet: nothing happens.
        QCOMPARE(settle(), 0);
        // Due, but the provider is still down: one call, the task waits longer.
        letTimePass();
        QCOMPARE(settle(), 1);
        QCOMPARE(tasksOf(booking.id).first().attempts, 2);
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Deferred);

        QVERIFY(m_sim.control({{QStringLiteral("outage"), false}}));
        letTimePass();
        QCOMPARE(settle(), 1);
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);
        QVERIFY(tasksOf(booking.id).isEmpty());
        QCOMPARE(m_sim.stat("captures"), capturesBefore + 1);

        letTimePass();
        QCOMPARE(settle(), 0);
        QCOMPARE(m_sim.stat("captures"), capturesBefore + 1);
    }

    void aTimeoutThatChargedIsNotChargedAgain()
    {
        const qint64 authorisationsBefore = m_sim.stat("authorisations");
        const qint64 capturesBefore = m_sim.stat("captures");
        const Reservation booking = holdOne();
        // The provider authorises at once but answers after the gateway stopped waiting.
        QVERIFY(m_sim.control({{QStringLiteral("latency_ms"), GatewayTimeoutMs * 3}}));
        const auto paid = payByCard(booking.id, m_card);
        QVERIFY(paid.ok());
        QCOMPARE(paid->paymentStatus, PaymentStatus::Deferred);
        QCOMPARE(m_sim.stat("authorisations"), authorisationsBefore + 1);

        QVERIFY(m_sim.control({{QStringLiteral("latency_ms"), 0}}));
        letTimePass();
        QCOMPARE(settle(), 1);
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);
        // The retry carried the same key: the provider replayed its authorisation.
        QCOMPARE(m_sim.stat("authorisations"), authorisationsBefore + 1);
        QCOMPARE(m_sim.stat("captures"), capturesBefore + 1);
    }

    void aChargeCutShortByAStopIsFinishedAfterTheRestart()
    {
        const qint64 capturesBefore = m_sim.stat("captures");
        const Reservation booking = holdOne();
        const CardTask task = chargeWithLostAnswer(booking); // then the process "dies"
        QCOMPARE(tasksOf(booking.id).first().state, CardTask::State::InFlight);

        m_tb->restart();
        const auto tasks = tasksOf(booking.id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().state, CardTask::State::Waiting);
        QCOMPARE(settle(), 1);
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);
        QCOMPARE(paymentsOf(booking.id).size(), 1);
        QCOMPARE(paymentsOf(booking.id).first().id, task.id);
        QCOMPARE(m_sim.stat("captures"), capturesBefore + 1);
    }

    void cancellingWhileDeferredRefundsALostCharge()
    {
        const qint64 refundsBefore = m_sim.stat("refunds");
        const Reservation booking = holdOne();
        const CardTask task = chargeWithLostAnswer(booking);
        TestBackend::must(m_tb->backend().executor().execute<PaymentOutcome>([id = task.id](CommandContext &c) {
            return cardpaymentcommands::finishCharge(c, id, errors::gatewayUnavailable(QStringLiteral("connection dropped")));
        }));
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Deferred);

        const auto cancelled = TestBackend::await(m_tb->reservations().cancel(booking.id));
        QVERIFY(cancelled.ok());
        QCOMPARE(tasksOf(booking.id).first().state, CardTask::State::Abandoned);

        // One round: the lookup finds the money was taken, and the refund gives it back.
        QCOMPARE(settle(), 2);
        QVERIFY(tasksOf(booking.id).isEmpty());
        QCOMPARE(m_sim.stat("refunds"), refundsBefore + 1);
        const auto payments = paymentsOf(booking.id);
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.first().status, PaymentRecordStatus::Refunded);
        QCOMPARE(m_tb->reload(booking.id).status, ReservationStatus::Cancelled);
    }

    void cancellingWhileDeferredDropsAChargeThatNeverHappened()
    {
        const qint64 refundsBefore = m_sim.stat("refunds");
        const qint64 capturesBefore = m_sim.stat("captures");
        const Reservation booking = holdOne();
        QVERIFY(m_sim.control({{QStringLiteral("outage"), true}}));
        QCOMPARE(payByCard(booking.id, m_card)->paymentStatus, PaymentStatus::Deferred);
        QVERIFY(m_sim.control({{QStringLiteral("outage"), false}}));
        QVERIFY(TestBackend::await(m_tb->reservations().cancel(booking.id)).ok());

        QCOMPARE(settle(), 1);
        QVERIFY(tasksOf(booking.id).isEmpty());
        QVERIFY(paymentsOf(booking.id).isEmpty());
        QCOMPARE(m_sim.stat("captures"), capturesBefore);
        QCOMPARE(m_sim.stat("refunds"), refundsBefore);
    }

    void payingInCashWhileDeferredDropsTheCardCharge()
    {
        const qint64 capturesBefore = m_sim.stat("captures");
        const Reservation booking = holdOne();
        QVERIFY(m_sim.control({{QStringLiteral("outage"), true}}));
        QCOMPARE(payByCard(booking.id, m_card)->paymentStatus, PaymentStatus::Deferred);
        const auto cash = TestBackend::await(m_tb->reservations().pay(PaymentRequest{booking.id, PaymentMethod::Cash, {}, {}, {}}));
        QVERIFY(cash.ok());
        QCOMPARE(cash->paymentStatus, PaymentStatus::Approved);

        QVERIFY(m_sim.control({{QStringLiteral("outage"), false}}));
        letTimePass();
        QCOMPARE(settle(), 1); // the lookup: nothing was charged
        QVERIFY(tasksOf(booking.id).isEmpty());
        QCOMPARE(m_sim.stat("captures"), capturesBefore);
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);
    }

    void aSecondPaymentWaitsForTheChargeUnderWay()
    {
        const Reservation booking = holdOne();
        beginCharge(booking);
        const QStringList before = m_tb->snapshot();
        for (PaymentMethod method : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::PayAtCounter}) {
            const auto again = TestBackend::await(m_tb->reservations().pay(
                PaymentRequest{booking.id, method, m_card, QStringLiteral("visa"), QStringLiteral("4242")}));
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, u"payment_in_progress");
        }
        QCOMPARE(m_tb->snapshot(), before);
    }

    void cancellingRefundsThroughTheProvider()
    {
        const qint64 refundsBefore = m_sim.stat("refunds");
        const Reservation booking = holdOne();
        QCOMPARE(payByCard(booking.id, m_card)->paymentStatus, PaymentStatus::Approved);
        const auto cancelled = TestBackend::await(m_tb->reservations().cancel(booking.id));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(m_sim.stat("refunds"), refundsBefore + 1);
    }

    void forceCancellingRefundsThroughTheProvider()
    {
        const qint64 refundedBefore = m_sim.stat("refunded");
        const Reservation first = holdOne(3);
        const Reservation second = holdOne(6);
        QCOMPARE(payByCard(first.id, m_card)->paymentStatus, PaymentStatus::Approved);
        QCOMPARE(payByCard(second.id, m_card)->paymentStatus, PaymentStatus::Approved);
        QVERIFY(TestBackend::await(m_tb->inventory().retire(m_car.id)).ok());
        for (const Reservation &booking : {first, second}) {
            const Reservation after = m_tb->reload(booking.id);
            QCOMPARE(after.status, ReservationStatus::ForceCancelled);
            QCOMPARE(after.paymentStatus, PaymentStatus::Refunded);
        }
        QCOMPARE(m_sim.stat("refunded"), refundedBefore + first.amount.minor + second.amount.minor);
    }

    void aRefundThatCannotGoThroughStaysPendingUntilItDoes()
    {
        const qint64 refundsBefore = m_sim.stat("refunds");
        const Reservation booking = holdOne();
        QCOMPARE(payByCard(booking.id, m_card)->paymentStatus, PaymentStatus::Approved);
        QVERIFY(m_sim.control({{QStringLiteral("outage"), true}}));

        // The cancellation goes through; the money is still the customer's to get back.
        const auto cancelled = TestBackend::await(m_tb->reservations().cancel(booking.id));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->status, ReservationStatus::Cancelled);
        QCOMPARE(cancelled->paymentStatus, PaymentStatus::Approved);
        auto tasks = tasksOf(booking.id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().kind, CardTask::Kind::Refund);
        QCOMPARE(tasks.first().state, CardTask::State::Waiting);
        QVERIFY(!tasks.first().lastError.isEmpty());

        letTimePass();
        QCOMPARE(settle(), 1); // still down
        QCOMPARE(tasksOf(booking.id).first().attempts, 2);
        QCOMPARE(m_sim.stat("refunds"), refundsBefore);

        QVERIFY(m_sim.control({{QStringLiteral("outage"), false}}));
        letTimePass();
        QCOMPARE(settle(), 1);
        QVERIFY(tasksOf(booking.id).isEmpty());
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Refunded);
        QCOMPARE(paymentsOf(booking.id).first().status, PaymentRecordStatus::Refunded);
        QCOMPARE(m_sim.stat("refunds"), refundsBefore + 1);
        letTimePass();
        QCOMPARE(settle(), 0);
        QCOMPARE(m_sim.stat("refunds"), refundsBefore + 1);
    }

    void anOpenBreakerFailsFastThenDeferredPaymentsSettleThroughHalfOpen()
    {
        const qint64 capturesBefore = m_sim.stat("captures");
        QList<Reservation> bookings;
        for (int day = 0; day < 6; ++day)
            bookings.append(holdOne(2 + 3 * day));
        QVERIFY(m_sim.control({{QStringLiteral("outage"), true}}));
        for (int i = 0; i < 4; ++i) // the window fills with failures
            QCOMPARE(payByCard(bookings[i].id, m_card)->paymentStatus, PaymentStatus::Deferred);
        QCOMPARE(m_side->breaker.state(), CircuitBreaker::State::Open);

        // While open the provider is not even asked.
        const qint64 requestsWhileOpen = m_sim.stat("requests");
        QCOMPARE(payByCard(bookings[4].id, m_card)->paymentStatus, PaymentStatus::Deferred);
        QCOMPARE(payByCard(bookings[5].id, m_card)->paymentStatus, PaymentStatus::Deferred);
        QCOMPARE(m_sim.stat("requests"), requestsWhileOpen);

        // The provider recovers; after the cool-down the settler's calls are the probes.
        QVERIFY(m_sim.control({{QStringLiteral("outage"), false}}));
        letTimePass();
        QCOMPARE(settle(), 6);
        QCOMPARE(m_side->breaker.state(), CircuitBreaker::State::Closed);
        for (const Reservation &booking : bookings)
            QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);
        QCOMPARE(m_sim.stat("captures"), capturesBefore + 6);
    }

    void theManagerCanRetryAWaitingTaskNow()
    {
        const Reservation booking = holdOne();
        QVERIFY(m_sim.control({{QStringLiteral("outage"), true}}));
        QCOMPARE(payByCard(booking.id, m_card)->paymentStatus, PaymentStatus::Deferred);
        QVERIFY(m_sim.control({{QStringLiteral("outage"), false}}));
        QCOMPARE(settle(), 0); // not due for a while

        const CardTask task = tasksOf(booking.id).first();
        TestBackend::must(m_tb->backend().cardPayments().retryNow(task.id));
        QCOMPARE(settle(), 1);
        QCOMPARE(m_tb->reload(booking.id).paymentStatus, PaymentStatus::Approved);

        const auto gone = TestBackend::await(m_tb->backend().cardPayments().retryNow(task.id));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, u"unknown_card_task");
    }
};

QTEST_GUILESS_MAIN(TestCardPayments)
#include "tst_cardpayments.moc"
