// The HTTP payment gateway and the circuit breaker in front of it, against the payment
// simulator as a real process over loopback.
#include "domain/ids.h"
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

namespace {

const Money Fee{55'000, QStringLiteral("KRW")};
const QString ApprovedCard = QStringLiteral("4242424242424242");
const QString DeclinedCard = QStringLiteral("4000000000000002");

// What a card terminal does before a charge: the number goes to the provider, a token comes back.
QString tokenFor(const PaySimProcess &sim, const QString &number)
{
    QNetworkAccessManager network;
    QNetworkRequest request = sim.request(QStringLiteral("/v1/tokens"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject card{{QStringLiteral("number"), number},
                           {QStringLiteral("exp_month"), 12},
                           {QStringLiteral("exp_year"), QDate::currentDate().year() + 3},
                           {QStringLiteral("cvc"), QStringLiteral("123")}};
    std::unique_ptr<QNetworkReply> reply(network.post(request, QJsonDocument(card).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10'000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString();
}

HttpGatewaySettings settingsFor(const PaySimProcess &sim, int timeoutMs = 2000)
{
    return HttpGatewaySettings{sim.url(), sim.apiKey(), timeoutMs};
}

qint64 stat(PaySimProcess &sim, const char *name)
{
    return qint64(sim.stats().value(QLatin1StringView(name)).toDouble());
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
        m_approved = tokenFor(m_sim, ApprovedCard);
        m_declined = tokenFor(m_sim, DeclinedCard);
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
        const qint64 captured = stat(m_sim, "captured");
        const auto charge = gateway.charge(ids::newId(), Fee, m_approved);
        QVERIFY2(charge.ok(), qPrintable(charge.ok() ? QString() : charge.error().message));
        QVERIFY(charge->approved);
        QVERIFY(charge->reference.startsWith(QLatin1StringView("auth_")));
        QCOMPARE(stat(m_sim, "captured"), captured + Fee.minor);
    }

    void aDeclineIsAnAnswerNotAnError()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        const qint64 captures = stat(m_sim, "captures");
        const auto charge = gateway.charge(ids::newId(), Fee, m_declined);
        QVERIFY(charge.ok());
        QVERIFY(!charge->approved);
        QVERIFY(!charge->declineReason.isEmpty());
        QCOMPARE(stat(m_sim, "captures"), captures);
    }

    void aTimeoutThatSucceededAtTheProviderIsNotChargedTwice()
    {
        HttpPaymentGateway impatient(settingsFor(m_sim, 300));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 1500}}));
        const qint64 authorisations = stat(m_sim, "authorisations");
        const qint64 captured = stat(m_sim, "captured");
        const QUuid key = ids::newId();
        const auto lost = impatient.charge(key, Fee, m_approved);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(stat(m_sim, "authorisations"), authorisations + 1); // it did happen there

        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("latency_ms"), 0}}));
        const auto retried = impatient.charge(key, Fee, m_approved);
        QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
        QVERIFY(retried->approved);
        const auto again = impatient.charge(key, Fee, m_approved); // and once more, for luck
        QVERIFY(again.ok() && again->approved);
        QCOMPARE(again->reference, retried->reference);
        QCOMPARE(stat(m_sim, "authorisations"), authorisations + 1);
        QCOMPARE(stat(m_sim, "captured"), captured + Fee.minor);
    }

    void aProviderErrorIsRetriedWithTheSameKey()
    {
        HttpPaymentGateway gateway(settingsFor(m_sim));
        QVERIFY(m_sim.control(QJsonObject{{QStringLiteral("fail_next"), 1}}));
        const qint64 captured = stat(m_sim, "captured");
        const QUuid key = ids::newId();
        QVERIFY(!gateway.charge(key, Fee, m_approved).ok());
        const auto retried = gateway.charge(key, Fee, m_approved);
        QVERIFY(retried.ok() && retried->approved);
        QCOMPARE(stat(m_sim, "captured"), captured + Fee.minor);
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
        const qint64 refunded = stat(m_sim, "refunded");
        QVERIFY(gateway.refund(key, paid->reference, Fee).ok());
        QVERIFY(gateway.refund(key, paid->reference, Fee).ok()); // a retry: replayed, not repeated
        QCOMPARE(stat(m_sim, "refunded"), refunded + Fee.minor);
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
        const qint64 before = stat(m_sim, "requests");
        const qint64 requests = stat(m_sim, "requests");
        const qint64 perStatsCall = requests - before;
        const auto refused = gateway.charge(ids::newId(), Fee, m_approved);
        QCOMPARE(refused.error().code, QStringLiteral("gateway_unavailable"));
        QCOMPARE(stat(m_sim, "requests"), requests + perStatsCall); // the charge never reached it

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
