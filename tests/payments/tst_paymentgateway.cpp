// The HTTP payment gateway and the circuit breaker in front of it, against the payment
// simulator as a real process over loopback.
#include "domain/ids.h"
#include "domain/cardnumbers.h"
#include "payment/builtingateway.h"
#include "payment/httppaymentgateway.h"
#include "payment/protectedgateway.h"
#include "paysimprocess.h"
#include "resilience/circuitbreaker.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <future>

namespace {

const Money Fee{55'000, QStringLiteral("KRW")};
const QString ApprovedCard = QStringLiteral("4242424242424242");
const QString DeclinedCard = QStringLiteral("4000000000000002");

QString errorOf(const Result<std::optional<GatewayCharge>> &found)
{
    return found.ok() ? QString() : found.error().code + u": " + found.error().message;
}

HttpGatewaySettings settingsFor(const PaySimProcess &sim, int timeoutMs = 2000)
{
    return HttpGatewaySettings{sim.url(), sim.apiKey(), timeoutMs};
}

CircuitBreakerSettings quickBreaker()
{
    CircuitBreakerSettings s;
    s.windowCalls = 4;
    s.minimumCalls = 4;
    s.coolDownMs = 1000;
    s.halfOpenProbes = 2;
    return s;
}

} // namespace

class TestPaymentGateway final : public QObject
{
    Q_OBJECT

private:
    PaySimProcess m_sim;
    QString m_approved; // tokens made once for the whole run
    QString m_declined;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.output()));
        m_approved = m_sim.makeToken(ApprovedCard);
        m_declined = m_sim.makeToken(DeclinedCard);
        QVERIFY(m_approved.startsWith(QLatin1StringView("tok_")));
        QVERIFY(m_declined.startsWith(QLatin1StringView("tok_")));
    }

    void init()
    {
        // Every test starts from a well-behaved provider.
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 0},
                                          {QStringLiteral("failure_rate"), 0.0},
                                          {QStringLiteral("outage"), false},
                                          {QStringLiteral("fail_next"), 0},
                                          {QStringLiteral("answer"), QStringLiteral("normal")}}));
    }

    void anApprovedChargeIsAuthorisedAndCaptured()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const qint64 captured = m_sim.stat("captured");
        const auto charge = gateway.charge(ids::newId(), Fee, m_approved);
        QVERIFY2(charge.ok(), qPrintable(charge.ok() ? QString() : charge.error().message));
        QVERIFY(charge->approved);
        QVERIFY(charge->reference.startsWith(QLatin1StringView("auth_")));
        QCOMPARE(m_sim.stat("captured"), captured + Fee.minor);
    }

    void aDeclineIsAnAnswerNotAnError()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const qint64 captures = m_sim.stat("captures");
        const auto charge = gateway.charge(ids::newId(), Fee, m_declined);
        QVERIFY(charge.ok());
        QVERIFY(!charge->approved);
        QVERIFY(!charge->declineReason.isEmpty());
        QCOMPARE(m_sim.stat("captures"), captures);
    }

    void aTypedCardBecomesATokenThatCharges()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const int year = QDate::currentDate().year() + 2;
        const qint64 tokens = m_sim.stat("tokens");
        const auto token = gateway.tokenize(CardEntry{QStringLiteral("5555555555554444"), 8, year, QStringLiteral("123")});
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
        QVERIFY(token->token.startsWith(QLatin1StringView("tok_")));
        QCOMPARE(token->brand, QStringLiteral("Mastercard"));
        QCOMPARE(token->last4, QStringLiteral("4444"));
        QCOMPARE(m_sim.stat("tokens"), tokens + 1);
        const auto charge = gateway.charge(ids::newId(), Fee, token->token);
        QVERIFY(charge.ok() && charge->approved);

        // What the provider will not take is its answer; a provider that is down is not.
        const auto expired = gateway.tokenize(CardEntry{QStringLiteral("4242424242424242"), 1, 2020, QStringLiteral("123")});
        QCOMPARE(expired.error().code, QStringLiteral("card_rejected"));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("outage"), true}}));
        const auto down = gateway.tokenize(CardEntry{QStringLiteral("4242424242424242"), 8, year, QStringLiteral("123")});
        QCOMPARE(down.error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(m_sim.stat("tokens"), tokens + 1);
    }

    void theBuiltInGatewaysTokensNeverPassForCardNumbers()
    {
        BuiltinGateway gateway;
        const CardEntry card{ApprovedCard, 8, QDate::currentDate().year() + 2, QStringLiteral("123")};
        for (int i = 0; i < 2000; ++i) { // hex ids held such runs now and then
            const auto token = gateway.tokenize(card);
            QVERIFY(token.ok());
            QVERIFY2(!cardnumbers::looksTyped(token->token), qPrintable(token->token));
        }
        QCOMPARE(gateway.tokenize(CardEntry{QStringLiteral("4242424242424241"), 8, 2030, QStringLiteral("123")}).error().code,
                 QStringLiteral("card_rejected"));
    }

    void aTimeoutThatSucceededAtTheProviderIsNotChargedTwice()
    {
        HttpPaymentGateway impatient(settingsFor(m_sim, 300));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 1500}}));
        const qint64 authorisations = m_sim.stat("authorisations");
        const qint64 captured = m_sim.stat("captured");
        const QUuid key = ids::newId();
        const auto lost = impatient.charge(key, Fee, m_approved);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(m_sim.stat("authorisations"), authorisations + 1); // it did happen there

        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 0}}));
        const auto retried = impatient.charge(key, Fee, m_approved);
        QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
        QVERIFY(retried->approved);
        const auto again = impatient.charge(key, Fee, m_approved); // and once more, for luck
        QVERIFY(again.ok() && again->approved);
        QCOMPARE(again->reference, retried->reference);
        QCOMPARE(m_sim.stat("authorisations"), authorisations + 1);
        QCOMPARE(m_sim.stat("captured"), captured + Fee.minor);
    }

    void aProviderErrorIsRetriedWithTheSameKey()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("fail_next"), 1}}));
        const qint64 captured = m_sim.stat("captured");
        const QUuid key = ids::newId();
        QVERIFY(!gateway.charge(key, Fee, m_approved).ok());
        const auto retried = gateway.charge(key, Fee, m_approved);
        QVERIFY(retried.ok() && retried->approved);
        QCOMPARE(m_sim.stat("captured"), captured + Fee.minor);
    }

    void badAnswersAreErrorsNeverApprovals_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("wrong amount") << QStringLiteral("wrong_amount");
        QTest::newRow("unknown status") << QStringLiteral("unknown_status");
    }

    void badAnswersAreErrorsNeverApprovals()
    {
        QFETCH(QString, answer);
        HttpPaymentGateway gateway(settingsFor(m_sim));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("answer"), answer}}));
        const auto charge = gateway.charge(ids::newId(), Fee, m_approved);
        QVERIFY(!charge.ok());
        QCOMPARE(charge.error().code, QStringLiteral("gateway_unavailable"));
    }

    void anOutageIsUnavailableForChargesAndRefunds()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const QUuid key = ids::newId();
        const auto paid = gateway.charge(key, Fee, m_approved);
        QVERIFY(paid.ok() && paid->approved);
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("outage"), true}}));
        QCOMPARE(gateway.charge(ids::newId(), Fee, m_approved).error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(gateway.refund(key, paid->reference, Fee).error().code, QStringLiteral("gateway_unavailable"));
    }

    void refundsGiveTheMoneyBackOnce()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const QUuid key = ids::newId();
        const auto paid = gateway.charge(key, Fee, m_approved);
        QVERIFY(paid.ok() && paid->approved);
        const qint64 refunded = m_sim.stat("refunded");
        QVERIFY(gateway.refund(key, paid->reference, Fee).ok());
        QVERIFY(gateway.refund(key, paid->reference, Fee).ok()); // a retry: replayed, not repeated
        QCOMPARE(m_sim.stat("refunded"), refunded + Fee.minor);
        const auto tooMuch = gateway.refund(ids::newId(), paid->reference, Fee); // nothing is left
        QVERIFY(!tooMuch.ok());
        QCOMPARE(tooMuch.error().code, QStringLiteral("refund_failed"));
    }

    void aWrongApiKeyIsUnavailableNotADecline()
    {
        HttpPaymentGateway gateway(HttpGatewaySettings{m_sim.url(), QStringLiteral("not-the-key"), 2000});
        const auto charge = gateway.charge(ids::newId(), Fee, m_approved);
        QVERIFY(!charge.ok());
        QCOMPARE(charge.error().code, QStringLiteral("gateway_unavailable"));
    }

    // ---- findCharge: what became of a charge whose answer was lost ----

    void findChargeFindsNothingForAFreshKey()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const auto found = gateway.findCharge(ids::newId(), Fee);
        QVERIFY2(found.ok(), qPrintable(errorOf(found)));
        QVERIFY(!found->has_value());
    }

    void findChargeFindsAnApprovedChargeWithoutChargingAgain()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const QUuid key = ids::newId();
        const auto paid = gateway.charge(key, Fee, m_approved);
        QVERIFY(paid.ok() && paid->approved);
        const qint64 authorisations = m_sim.stat("authorisations");
        const qint64 captured = m_sim.stat("captured");
        const auto found = gateway.findCharge(key, Fee);
        QVERIFY2(found.ok(), qPrintable(errorOf(found)));
        QVERIFY(found->has_value());
        QVERIFY(found.value()->approved);
        QCOMPARE(found.value()->reference, paid->reference);
        QCOMPARE(m_sim.stat("authorisations"), authorisations);
        QCOMPARE(m_sim.stat("captured"), captured);
    }

    void findChargeFindsAChargeWhoseAnswerTimedOut()
    {
        // The authorisation's answer comes in time, the capture's does not: the money was
        // taken, yet charge() can only say that it does not know.
        constexpr int TimeoutMs = 4000;
        HttpPaymentGateway gateway(settingsFor(m_sim, TimeoutMs));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 2000}}));
        const qint64 authorisations = m_sim.stat("authorisations");
        const qint64 captures = m_sim.stat("captures");
        const QUuid key = ids::newId();
        auto charging = std::async(std::launch::async, [&gateway, key, token = m_approved]() {
            return gateway.charge(key, Fee, token);
        });
        const auto stillCharging = [&charging]() {
            return charging.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
        };
        // The simulator authorises at once and holds the answer: meanwhile, slow it down.
        while (stillCharging() && m_sim.stat("authorisations") != authorisations + 1) {
        }
        QVERIFY2(stillCharging(), "the charge ended before its authorisation showed in /stats");
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 3 * TimeoutMs}}));
        const auto lost = charging.get();
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(m_sim.stat("captures"), captures + 1); // it did happen there

        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 0}}));
        const auto found = gateway.findCharge(key, Fee);
        QVERIFY2(found.ok(), qPrintable(errorOf(found)));
        QVERIFY(found->has_value());
        QVERIFY(found.value()->approved);
        QVERIFY(found.value()->reference.startsWith(QLatin1StringView("auth_")));
        QCOMPARE(m_sim.stat("authorisations"), authorisations + 1);
        QCOMPARE(m_sim.stat("captures"), captures + 1);
    }

    void findChargeTellsAnAuthorisationOnlyFromACharge()
    {
        // Here the authorisation's answer is lost, so the capture was never asked for: the
        // amount is reserved on the card, not taken.
        HttpPaymentGateway impatient(settingsFor(m_sim, 300));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 1500}}));
        const qint64 authorisations = m_sim.stat("authorisations");
        const qint64 captures = m_sim.stat("captures");
        const QUuid key = ids::newId();
        QVERIFY(!impatient.charge(key, Fee, m_approved).ok());
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 0}}));
        const auto reserved = impatient.findCharge(key, Fee);
        QVERIFY2(reserved.ok(), qPrintable(errorOf(reserved)));
        QVERIFY(reserved->has_value());
        QVERIFY(!reserved.value()->approved);
        QVERIFY(reserved.value()->reference.startsWith(QLatin1StringView("auth_")));
        QCOMPARE(m_sim.stat("captures"), captures);

        // A retry with the same key finishes the charge, once; the lookup then sees it taken.
        const auto retried = impatient.charge(key, Fee, m_approved);
        QVERIFY(retried.ok() && retried->approved);
        const auto taken = impatient.findCharge(key, Fee);
        QVERIFY2(taken.ok(), qPrintable(errorOf(taken)));
        QVERIFY(taken->has_value() && taken.value()->approved);
        QCOMPARE(taken.value()->reference, reserved.value()->reference);
        QCOMPARE(m_sim.stat("authorisations"), authorisations + 1);
        QCOMPARE(m_sim.stat("captures"), captures + 1);
    }

    void findChargeReportsADecline()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const QUuid key = ids::newId();
        const auto declined = gateway.charge(key, Fee, m_declined);
        QVERIFY(declined.ok() && !declined->approved);
        const auto found = gateway.findCharge(key, Fee);
        QVERIFY2(found.ok(), qPrintable(errorOf(found)));
        QVERIFY(found->has_value());
        QVERIFY(!found.value()->approved);
        QCOMPARE(found.value()->reference, declined->reference);
    }

    void findChargeFindsNothingAfterAProviderError()
    {
        // The simulator failed the charge on purpose: it did nothing, so there is nothing to find.
        HttpPaymentGateway gateway(settingsFor(m_sim));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("fail_next"), 1}}));
        const QUuid key = ids::newId();
        QVERIFY(!gateway.charge(key, Fee, m_approved).ok());
        const auto found = gateway.findCharge(key, Fee);
        QVERIFY2(found.ok(), qPrintable(errorOf(found)));
        QVERIFY(!found->has_value());
    }

    void findChargeIsUnavailableWhenTheProviderIs()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("outage"), true}}));
        QCOMPARE(gateway.findCharge(ids::newId(), Fee).error().code, QStringLiteral("gateway_unavailable"));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("outage"), false}, {QStringLiteral("fail_next"), 1}}));
        QCOMPARE(gateway.findCharge(ids::newId(), Fee).error().code, QStringLiteral("gateway_unavailable"));
        HttpPaymentGateway wrongKey(HttpGatewaySettings{m_sim.url(), QStringLiteral("not-the-key"), 2000});
        QCOMPARE(wrongKey.findCharge(ids::newId(), Fee).error().code, QStringLiteral("gateway_unavailable"));
    }

    void findChargeBadAnswersAreErrorsNeverApprovals_data()
    {
        badAnswersAreErrorsNeverApprovals_data();
    }

    void findChargeBadAnswersAreErrorsNeverApprovals()
    {
        QFETCH(QString, answer);
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const QUuid key = ids::newId();
        const auto paid = gateway.charge(key, Fee, m_approved);
        QVERIFY(paid.ok() && paid->approved);
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("answer"), answer}}));
        const auto found = gateway.findCharge(key, Fee);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, QStringLiteral("gateway_unavailable"));
    }

    void anOutageOpensTheBreakerWhichFailsFastAndRecoversThroughHalfOpen()
    {
        HttpPaymentGateway provider(settingsFor(m_sim));
        ManualMonotonicClock clock;
        CircuitBreaker breaker(quickBreaker(), clock);
        ProtectedGateway gateway(provider, breaker);

        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("outage"), true}}));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!gateway.charge(ids::newId(), Fee, m_approved).ok());
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open); // within the window of 4

        // Whether the simulator counts a stats request itself: ask twice and see.
        const qint64 before = m_sim.stat("requests");
        const qint64 requests = m_sim.stat("requests");
        const qint64 perStatsCall = requests - before;
        const auto refused = gateway.charge(ids::newId(), Fee, m_approved);
        QCOMPARE(refused.error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(m_sim.stat("requests"), requests + perStatsCall); // the charge never reached it

        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("outage"), false}}));
        clock.advance(1000);
        const auto probe = gateway.charge(ids::newId(), Fee, m_approved);
        QVERIFY(probe.ok() && probe->approved);
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        const auto second = gateway.charge(ids::newId(), Fee, m_declined); // a decline is a good answer
        QVERIFY(second.ok() && !second->approved);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void slowAnswersOpenTheBreaker()
    {
        HttpPaymentGateway provider(settingsFor(m_sim));
        SteadyClock clock;
        CircuitBreakerSettings settings = quickBreaker();
        settings.slowCallMs = 50;
        CircuitBreaker breaker(settings, clock);
        ProtectedGateway gateway(provider, breaker);
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 120}}));
        for (int i = 0; i < 4; ++i) {
            const auto charge = gateway.charge(ids::newId(), Fee, m_approved);
            QVERIFY(charge.ok() && charge->approved); // every one went through, slowly
        }
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.snapshot().slowCalls, 4);
    }
};

QTEST_GUILESS_MAIN(TestPaymentGateway)
#include "tst_paymentgateway.moc"
