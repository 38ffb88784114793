#include "benchrunner.h"

#include "availabilitybench.h"
#include "inventorybench.h"
#include "baselinebench.h"
#include "benchlogging.h"
#include "breakerbench.h"
#include "datasetbuilder.h"
#include "exportbench.h"
#include "holdbench.h"
#include "serverprocess.h"
#include "servergetbench.h"
#include "sqlitefloorbench.h"
#include "syncbench.h"
#include "stallbench.h"
#include "viewbench.h"

BenchRunner::BenchRunner(const BenchOptions &options, BenchReport &report)
    : m_options(options), m_scale(options.quick ? BenchScale::quick() : BenchScale::full()), m_report(report)
{
}

BenchRunner::~BenchRunner() = default;

int BenchRunner::run()
{
    if (!m_folder.isValid()) {
        qCCritical(lcBench) << "cannot create a temporary folder:" << m_folder.errorString();
        return 1;
    }
    for (const QString &name : std::as_const(m_options.benches)) {
        if (auto done = runBench(name); !done) {
            qCCritical(lcBench).noquote() << name << "failed:" << done.error().code << done.error().message;
            return 1;
        }
    }
    return 0;
}

Result<void> BenchRunner::runBench(const QString &name)
{
    if (name.startsWith(QLatin1StringView("sync_")) || name == QLatin1StringView("server_get"))
        return runServerBench(name);
    if (name == QLatin1StringView("breaker")) { // needs no database
        m_report.print(BreakerBench(m_scale).run());
        return {};
    }
    RD_TRY(ensureDataset());
    if (name == QLatin1StringView("bulk_import")) {
        m_report.print(QJsonObject{
            {QStringLiteral("bench"), name},
            {QStringLiteral("rows"), m_import.rows},
            {QStringLiteral("seconds"), BenchReport::rounded(m_import.seconds, 3)},
            {QStringLiteral("rows_per_s"), BenchReport::rounded(double(m_import.rows) / m_import.seconds, 0)},
            {QStringLiteral("index_seconds"), BenchReport::rounded(m_import.indexSeconds, 3)},
            {QStringLiteral("commit_seconds"), BenchReport::rounded(m_import.commitSeconds, 3)},
            {QStringLiteral("resources"), m_import.resources},
            {QStringLiteral("customers"), m_import.customers},
            {QStringLiteral("setup_seconds"), BenchReport::rounded(m_import.setupSeconds, 3)},
        });
        return {};
    }
    if (name == QLatin1StringView("hold")) {
        HoldBench bench(*m_dataset, m_scale);
        for (const auto durability : {DatabaseOptions::Durability::Full, DatabaseOptions::Durability::Normal}) {
            auto figures = bench.run(durability);
            if (!figures)
                return figures.error();
            m_report.print(figures.value());
        }
        return {};
    }
    if (name == QLatin1StringView("availability")) {
        auto figures = AvailabilityBench(*m_dataset, m_scale).run();
        if (!figures)
            return figures.error();
        m_report.print(figures.value());
        return {};
    }
    const auto report = [this](const Result<QJsonObject> &figures) -> Result<void> {
        if (!figures)
            return figures.error();
        m_report.print(figures.value());
        return {};
    };
    if (name == QLatin1StringView("inventory_page"))
        return report(InventoryBench(*m_dataset, m_scale).run());
    ViewBench view(*m_dataset, m_scale);
    if (name == QLatin1StringView("view_open"))
        return report(view.open());
    if (name == QLatin1StringView("view_sort"))
        return report(view.sort());
    if (name == QLatin1StringView("view_filter"))
        return report(view.filter());
    if (name == QLatin1StringView("rss"))
        return report(view.rss());
    if (name == QLatin1StringView("baseline"))
        return report(BaselineBench(*m_dataset, m_scale).run());
    if (name == QLatin1StringView("gui_stall"))
        return report(StallBench(*m_dataset, m_scale).run());
    if (name == QLatin1StringView("export"))
        return report(ExportBench(*m_dataset, m_folder.path()).run());
    if (name == QLatin1StringView("sqlite_floor"))
        return report(SqliteFloorBench(*m_dataset, m_scale, m_folder.path()).run());
    return Error{QStringLiteral("usage"), QStringLiteral("no such bench")};
}

Result<void> BenchRunner::ensureDataset()
{
    if (m_dataset)
        return {};
    qCInfo(lcBench) << "building the database:" << m_scale.resources << "resources," << m_scale.customers
                    << "customers," << qint64(m_scale.resources) * m_scale.reservationsPerResource
                    << "reservations";
    DatasetBuilder builder(m_folder.filePath(QStringLiteral("bench.sqlite")), m_scale);
    auto figures = builder.build();
    if (!figures)
        return figures.error();
    m_import = figures.value();
    m_dataset = std::move(builder.dataset());
    return {};
}

Result<void> BenchRunner::ensureServer()
{
    if (m_server)
        return {};
    m_server = std::make_unique<ServerProcess>(ServerProcess::sqlite(m_folder.filePath(QStringLiteral("server.sqlite"))));
    if (!m_server->start({QStringLiteral("--demo"), QStringLiteral("car")}))
        return Error{QStringLiteral("server"), QStringLiteral("rentaldesk-server did not start: ") + m_server->output()};
    return {};
}

Result<void> BenchRunner::runServerBench(const QString &name)
{
    RD_TRY(ensureServer());
    SyncBench sync(*m_server, m_folder.path(), m_scale);
    if (!m_pushed) {
        auto pushed = sync.push();
        if (!pushed)
            return pushed.error();
        m_pushed = true;
        if (name == QLatin1StringView("sync_push")) {
            m_report.print(pushed.value());
            return {};
        }
    }
    auto figures = name == QLatin1StringView("sync_push")   ? sync.push()
                   : name == QLatin1StringView("sync_pull") ? sync.pull()
                                                            : ServerGetBench(*m_server, m_folder.filePath(QStringLiteral("server.sqlite")), m_scale).run();
    if (!figures)
        return figures.error();
    m_report.print(figures.value());
    return {};
}
