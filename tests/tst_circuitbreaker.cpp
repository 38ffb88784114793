// The circuit breaker on its own: every transition, the rolling window, slow calls, late
// answers and settings. Time is a manual clock: nothing here sleeps.
#include "resilience/circuitbreaker.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace {

CircuitBreakerSettings smallWindow()
{
    CircuitBreakerSettings s;
    s.windowCalls = 10;
    s.minimumCalls = 4;
    s.failureRatePercent = 50;
    s.slowCallRatePercent = 50;
    s.slowCallMs = 100;
    s.callTimeoutMs = 500;
    s.coolDownMs = 1000;
    s.halfOpenProbes = 2;
    return s;
}

// One call that takes `ms` and ends as told; false when the breaker refused it.
bool call(CircuitBreaker &breaker, ManualMonotonicClock &clock, bool succeeds, qint64 ms = 1)
{
    const auto permit = breaker.tryAcquire();
    if (!permit)
        return false;
    clock.advance(ms);
    breaker.record(*permit, succeeds);
    return true;
}

} // namespace

class TestCircuitBreaker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheDocumentedOnes()
    {
        const CircuitBreakerSettings s;
        QCOMPARE(s.windowCalls, 20);
        QCOMPARE(s.minimumCalls, 10);
        QCOMPARE(s.failureRatePercent, 50);
        QCOMPARE(s.slowCallRatePercent, 50);
        QCOMPARE(s.slowCallMs, 610);
        QCOMPARE(s.callTimeoutMs, 2000);
        QCOMPARE(s.coolDownMs, 5000);
        QCOMPARE(s.halfOpenProbes, 3);
        QVERIFY(s.validate().ok());
    }

    void staysClosedBelowTheMinimumNumberOfCalls()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(breaker, clock, false)); // three failures of three calls: too few to judge
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QCOMPARE(breaker.snapshot().windowFailures, 3);
    }

    void opensWhenTheFailureRateReachesItsThreshold()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(call(breaker, clock, true));
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false)); // 4 of 9: under 50 %
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(call(breaker, clock, false)); // 5 of 10
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.snapshot().opened, 1);
    }

    void judgesAsSoonAsTheMinimumIsReached()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(breaker, clock, false));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(call(breaker, clock, false)); // the fourth call: 4 of 4 failed
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    }

    void theWindowForgetsItsOldestCalls()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(call(breaker, clock, true));
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(breaker, clock, false)); // 3 of 8
        for (int i = 0; i < 10; ++i)
            QVERIFY(call(breaker, clock, true)); // the failures roll out of the window
        QCOMPARE(breaker.snapshot().windowCalls, 10);
        QCOMPARE(breaker.snapshot().windowFailures, 0);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false)); // 4 of the last 10
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(call(breaker, clock, false)); // 5 of the last 10
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.snapshot().failures, 8); // the totals keep everything
    }

    void opensWhenTooManyCallsAreSlow()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(breaker, clock, true, 5));
        for (int i = 0; i < 2; ++i)
            QVERIFY(call(breaker, clock, true, 150)); // answered, but slowly
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(call(breaker, clock, true, 150)); // 3 slow of 6
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.snapshot().failures, 0);
        QCOMPARE(breaker.snapshot().slowCalls, 3);
    }

    void aCallPastItsTimeoutIsAFailureWhateverItSays()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        QVERIFY(call(breaker, clock, true, 501));
        QCOMPARE(breaker.snapshot().failures, 1);
        QVERIFY(call(breaker, clock, true, 500)); // at the limit: still in time
        QCOMPARE(breaker.snapshot().failures, 1);
    }

    void openRefusesUntilTheCoolDownEnds()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.snapshot().msUntilProbe, 1000);
        clock.advance(999);
        QVERIFY(!breaker.tryAcquire());
        QVERIFY(!breaker.tryAcquire());
        QCOMPARE(breaker.snapshot().refused, 2);
        QCOMPARE(breaker.snapshot().msUntilProbe, 1);
        clock.advance(1);
        QVERIFY(breaker.tryAcquire().has_value());
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
    }

    void halfOpenLetsOnlyTheProbesThroughAndClosesWhenAllSucceed()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        clock.advance(1000);
        const auto first = breaker.tryAcquire();
        const auto second = breaker.tryAcquire();
        QVERIFY(first && second);
        QVERIFY(!breaker.tryAcquire()); // both probes are out
        breaker.record(*first, true);
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        breaker.record(*second, true);
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QCOMPARE(breaker.snapshot().windowCalls, 0); // closes with an empty window
        QVERIFY(call(breaker, clock, false));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    }

    void aFailedProbeOpensItAgainForAWholeCoolDown()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        clock.advance(1000);
        QVERIFY(call(breaker, clock, true));
        QVERIFY(call(breaker, clock, false, 10));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.snapshot().opened, 2);
        QCOMPARE(breaker.snapshot().msUntilProbe, 1000);
        QVERIFY(!breaker.tryAcquire());
    }

    void aSlowProbeCountsAsAFailedOne()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        clock.advance(1000);
        QVERIFY(call(breaker, clock, true, 150));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    }

    void aLateAnswerFromAnEarlierStateChangesNothing()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        const auto early = breaker.tryAcquire(); // begun while closed
        QVERIFY(early);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        clock.advance(1000);
        const auto probe = breaker.tryAcquire();
        QVERIFY(probe);
        breaker.record(*early, false); // the closed-state call fails only now
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        QCOMPARE(breaker.snapshot().failures, 5); // counted, but not held against the probes
    }

    void badSettingsAreRefusedAndTheOldOnesKept()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        CircuitBreakerSettings bad = smallWindow();
        bad.minimumCalls = 11; // more than the window holds: could never open
        const Result<void> refused = breaker.reconfigure(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("invalid_setting"));
        QVERIFY(refused.error().message.contains(QStringLiteral("minimumCalls")));
        QCOMPARE(breaker.settings().minimumCalls, 4);

        bad = smallWindow();
        bad.failureRatePercent = 0;
        QVERIFY(!bad.validate().ok());
        bad = smallWindow();
        bad.halfOpenProbes = 0;
        QVERIFY(!bad.validate().ok());
    }

    void reconfiguringStartsClosedWithTheNewWindow()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        CircuitBreakerSettings wider = smallWindow();
        wider.windowCalls = 30;
        wider.minimumCalls = 20;
        QVERIFY(breaker.reconfigure(wider).ok());
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        for (int i = 0; i < 19; ++i)
            QVERIFY(call(breaker, clock, false));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(call(breaker, clock, false));
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    }

    void manyThreadsShareOneBreaker()
    {
        ManualMonotonicClock clock;
        CircuitBreaker breaker(smallWindow(), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(call(breaker, clock, false));
        clock.advance(1000); // cool-down over: the next callers race for the two probes
        std::atomic<int> granted{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 8; ++t)
            threads.emplace_back(QThread::create([&]() {
                for (int i = 0; i < 1000; ++i)
                    granted += breaker.tryAcquire().has_value() ? 1 : 0;
            }));
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait());
        QCOMPARE(granted.load(), 2);
        QCOMPARE(breaker.snapshot().refused, 8 * 1000 - 2);
    }

    void stateKeysAreStable()
    {
        QCOMPARE(CircuitBreaker::stateKey(CircuitBreaker::State::Closed), QStringLiteral("closed"));
        QCOMPARE(CircuitBreaker::stateKey(CircuitBreaker::State::Open), QStringLiteral("open"));
        QCOMPARE(CircuitBreaker::stateKey(CircuitBreaker::State::HalfOpen), QStringLiteral("half_open"));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
