#include "inventorybench.h"

#include "benchreport.h"
#include "latencies.h"
#include "readbackend.h"
#include "queries/resourcenowquery.h"

#include <QElapsedTimer>

#include <algorithm>

namespace {

constexpr quint32 InventorySeed = 2727;
constexpr int PageSize = 200; // as ResourceListModel loads

} // namespace

InventoryBench::InventoryBench(const Dataset &dataset, const BenchScale &scale)
    : m_dataset(dataset), m_scale(scale), m_random(InventorySeed)
{
}

Result<QJsonObject> InventoryBench::run()
{
    ReadBackend services(m_dataset);
    RD_TRY(services.open());
    Backend &backend = services.backend();

    const int pages = std::max(1, int(m_dataset.bookable.size()) / PageSize); // about all of them
    const qint64 now = m_dataset.now;
    auto ask = [&](Latencies *latencies) -> Result<int> {
        const int offset = int(m_random.bounded(pages)) * PageSize;
        QElapsedTimer call;
        call.start();
        auto future = backend.readers().read<Result<int>>([offset, now](const QSqlDatabase &db) -> Result<int> {
            auto rows = resourcenowquery::page(db, ResourceFilter{}, ResourceOrder{}, offset, PageSize, now);
            if (!rows)
                return rows.error();
            return int(std::count_if(rows->cbegin(), rows->cend(), [](const ResourceRow &r) { return r.now != ResourceNow{}; }));
        });
        future.waitForFinished();
        const Result<int> busy = future.result();
        if (latencies)
            latencies->add(double(call.nsecsElapsed()) / 1e3);
        return busy;
    };

    for (int i = 0; i < m_scale.warmup; ++i)
        RD_TRY(ask(nullptr));
    Latencies latencies;
    qint64 busy = 0;
    const int queries = m_scale.availabilityQueries;
    for (int i = 0; i < queries; ++i) {
        const auto found = ask(&latencies);
        if (!found)
            return found.error();
        busy += found.value();
    }
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("inventory_page")},
        {QStringLiteral("pages"), queries},
        {QStringLiteral("page_size"), PageSize},
        {QStringLiteral("p50_us"), BenchReport::rounded(latencies.percentile(50), 0)},
        {QStringLiteral("p95_us"), BenchReport::rounded(latencies.percentile(95), 0)},
        {QStringLiteral("p99_us"), BenchReport::rounded(latencies.percentile(99), 0)},
        {QStringLiteral("busy_per_page"), BenchReport::rounded(double(busy) / std::max(1, queries), 1)},
    };
}
