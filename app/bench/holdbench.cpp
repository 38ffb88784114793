#include "holdbench.h"

#include "api/backend.h"
#include "benchlogging.h"
#include "benchreport.h"
#include "domain/clock.h"
#include "latencies.h"
#include "payment/builtingateway.h"
#include "timelinegenerator.h"

#include <QElapsedTimer>
#include <QMap>

namespace {

constexpr quint32 HoldSeed = 42;

} // namespace

HoldBench::HoldBench(Dataset &dataset, const BenchScale &scale)
    : m_dataset(dataset), m_scale(scale), m_random(HoldSeed)
{
}

HoldRequest HoldBench::nextRequest()
{
    constexpr qint64 Day = TimelineGenerator::Day;
    constexpr qint64 Hour = TimelineGenerator::Hour;
    HoldRequest request;
    request.customerId = m_dataset.customers.at(qsizetype(m_random.bounded(quint64(m_dataset.customers.size()))));
    // A resource whose free periods are all used up is skipped; with two years of gaps per
    // resource that only happens at toy scales, and then a conflicting hold is still an op.
    for (int attempt = 0; attempt < 100; ++attempt) {
        DatasetResource &resource =
            m_dataset.bookable[qsizetype(m_random.bounded(quint64(m_dataset.bookable.size())))];
        request.resourceId = resource.id;
        request.quantity = resource.capacity > 1 ? m_random.bounded(1, 3) : 1;
        if (resource.freeFuture.isEmpty())
            continue;
        const Period window =
            resource.freeFuture.takeAt(qsizetype(m_random.bounded(quint64(resource.freeFuture.size()))));
        const qint64 days = 1 + m_random.bounded(std::min<qint64>(3, window.seconds() / Day));
        const qint64 slackHours = (window.seconds() - days * Day) / Hour;
        request.start = window.start + m_random.bounded(slackHours + 1) * Hour;
        request.end = request.start + days * Day;
        return request;
    }
    request.start = m_dataset.now + Day;
    request.end = request.start + Day;
    return request;
}

Result<QJsonObject> HoldBench::run(DatabaseOptions::Durability durability)
{
    const bool full = durability == DatabaseOptions::Durability::Full;
    ManualClock clock(m_dataset.now); // stands still: no hold of ours expires mid-bench
    BuiltinGateway gateway;
    Backend backend(DatabaseOptions{m_dataset.path, durability}, ShopSettings{}, clock, gateway);
    auto opened = backend.open();
    opened.waitForFinished();
    if (const Result<int> version = opened.result(); !version)
        return version.error();

    for (int i = 0; i < m_scale.warmup; ++i)
        backend.reservations().hold(nextRequest()).waitForFinished();

    Latencies latencies;
    QMap<QString, int> failures; // by error code
    int succeeded = 0;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < m_scale.holds; ++i) {
        const HoldRequest request = nextRequest();
        QElapsedTimer call;
        call.start();
        auto future = backend.reservations().hold(request);
        future.waitForFinished();
        const Result<Reservation> held = future.result();
        latencies.add(double(call.nsecsElapsed()) / 1e3);
        if (held)
            ++succeeded;
        else
            ++failures[held.error().code];
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    qCInfo(lcBench) << "held" << succeeded << "of" << m_scale.holds << (full ? "FULL" : "NORMAL");

    QJsonObject errors;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        errors.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("hold")},
        {QStringLiteral("sync"), full ? QStringLiteral("FULL") : QStringLiteral("NORMAL")},
        {QStringLiteral("ops"), m_scale.holds},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("warmup"), m_scale.warmup},
        {QStringLiteral("p50_us"), BenchReport::rounded(latencies.percentile(50), 0)},
        {QStringLiteral("p99_us"), BenchReport::rounded(latencies.percentile(99), 0)},
        {QStringLiteral("max_us"), BenchReport::rounded(latencies.percentile(100), 0)},
        {QStringLiteral("ops_per_s"), BenchReport::rounded(double(m_scale.holds) / seconds, 1)},
    };
}
