#include "availabilitybench.h"

#include "benchreport.h"
#include "latencies.h"
#include "readbackend.h"
#include "timelinegenerator.h"

#include <QElapsedTimer>

namespace {

constexpr quint32 AvailabilitySeed = 4242;

} // namespace

AvailabilityBench::AvailabilityBench(const Dataset &dataset, const BenchScale &scale)
    : m_dataset(dataset), m_scale(scale), m_random(AvailabilitySeed)
{
}

Result<QJsonObject> AvailabilityBench::run()
{
    constexpr qint64 Hour = TimelineGenerator::Hour;
    constexpr qint64 Length = PeriodDays * TimelineGenerator::Day;
    ReadBackend services(m_dataset);
    RD_TRY(services.open());
    Backend &backend = services.backend();

    const qint64 startHours = std::max<qint64>(1, (m_dataset.rangeEnd - Length - m_dataset.rangeStart) / Hour);
    auto ask = [&](Latencies *latencies) -> Result<qsizetype> {
        const qint64 start = m_dataset.rangeStart + m_random.bounded(startHours) * Hour;
        const qint64 quantity = m_random.bounded(1, 3);
        QElapsedTimer call;
        call.start();
        auto future = backend.inventory().availability(Period{start, start + Length}, quantity);
        future.waitForFinished();
        const auto found = future.result();
        if (latencies)
            latencies->add(double(call.nsecsElapsed()) / 1e3);
        if (!found)
            return found.error();
        return found->size();
    };

    for (int i = 0; i < m_scale.warmup; ++i)
        RD_TRY(ask(nullptr));
    Latencies latencies;
    qint64 results = 0;
    for (int i = 0; i < m_scale.availabilityQueries; ++i) {
        const auto found = ask(&latencies);
        if (!found)
            return found.error();
        results += found.value();
    }
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("availability")},
        {QStringLiteral("queries"), m_scale.availabilityQueries},
        {QStringLiteral("warmup"), m_scale.warmup},
        {QStringLiteral("p50_us"), BenchReport::rounded(latencies.percentile(50), 0)},
        {QStringLiteral("p95_us"), BenchReport::rounded(latencies.percentile(95), 0)},
        {QStringLiteral("p99_us"), BenchReport::rounded(latencies.percentile(99), 0)},
        {QStringLiteral("results_avg"),
         BenchReport::rounded(double(results) / std::max(1, m_scale.availabilityQueries), 1)},
    };
}
