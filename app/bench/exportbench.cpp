#include "exportbench.h"

#include "api/backend.h"
#include "benchreport.h"
#include "domain/clock.h"
#include "payment/builtingateway.h"
#include "queries/bookingexport.h"
#include "viewbench.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace {

constexpr int SampleMs = 20; // how often the process size is looked at

} // namespace

ExportBench::ExportBench(const Dataset &dataset, QString folder) : m_dataset(dataset), m_folder(std::move(folder)) {}

Result<QJsonObject> ExportBench::run()
{
    ManualClock clock(m_dataset.now);
    BuiltinGateway gateway;
    Backend backend(DatabaseOptions{m_dataset.path, DatabaseOptions::Durability::Normal}, ShopSettings{}, clock, gateway);
    auto opened = backend.open();
    opened.waitForFinished();
    if (const Result<int> version = opened.result(); !version)
        return version.error();

    const QString path = m_folder + QStringLiteral("/bookings.csv");
    const double rssBefore = ViewBench::residentMegabytes();
    double rssPeak = rssBefore;
    QElapsedTimer timer;
    timer.start();
    auto future = backend.readers().read<Result<qint64>>([path](const QSqlDatabase &db) {
        bookingexport::Progress progress;
        return bookingexport::write(db, {}, {}, QTimeZone("Asia/Seoul"), path, progress);
    });
    // Samples the process size while the reader writes, until it is done.
    QEventLoop loop;
    QTimer sample;
    QObject::connect(&sample, &QTimer::timeout, &loop, [&rssPeak] { rssPeak = std::max(rssPeak, ViewBench::residentMegabytes()); });
    sample.start(SampleMs);
    future.then(&loop, [&loop](const Result<qint64> &) { loop.quit(); });
    if (!future.isFinished())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const Result<qint64> exported = future.result();
    if (!exported)
        return exported.error();
    const double rssGrowth = rssPeak - rssBefore;
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("export")},
                       {QStringLiteral("rows"), exported.value()},
                       {QStringLiteral("seconds"), BenchReport::rounded(seconds, 3)},
                       {QStringLiteral("rows_per_s"), BenchReport::rounded(double(exported.value()) / seconds, 0)},
                       {QStringLiteral("file_mb"), BenchReport::rounded(double(QFileInfo(path).size()) / 1e6, 1)},
                       {QStringLiteral("peak_rss_growth_mb"), BenchReport::rounded(rssGrowth, 1)}};
}
