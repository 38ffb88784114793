#include "viewbench.h"

#include "benchlogging.h"
#include "benchreport.h"
#include "latencies.h"
#include "viewfixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>
#include <QHeaderView>
#include <QJsonArray>

namespace {

constexpr int Tries = 5;

QJsonObject figures(const QString &bench, const Latencies &ms, double first)
{
    return QJsonObject{
        {QStringLiteral("bench"), bench},
        {QStringLiteral("ms"), BenchReport::rounded(ms.percentile(50), 1)},
        {QStringLiteral("max_ms"), BenchReport::rounded(ms.percentile(100), 1)},
        {QStringLiteral("first_ms"), BenchReport::rounded(first, 1)},
        {QStringLiteral("tries"), int(ms.count())},
    };
}

} // namespace

ViewBench::ViewBench(const Dataset &dataset, const BenchScale &scale) : m_dataset(dataset), m_scale(scale) {}

QStringList ViewBench::filterTexts()
{
    return {QStringLiteral("kayak"), QStringLiteral("00042")};
}

Result<QJsonObject> ViewBench::open()
{
    Latencies ms;
    double first = 0;
    for (int i = 0; i < Tries; ++i) {
        ViewFixture fixture(m_dataset);
        RD_TRY(fixture.open());
        auto shown = fixture.showList();
        if (!shown)
            return shown.error();
        ms.add(shown.value());
        if (i == 0)
            first = shown.value();
        RD_TRY(fixture.waitCounted()); // no key list left running into the next try
    }
    return figures(QStringLiteral("view_open"), ms, first);
}

Result<QJsonObject> ViewBench::sort()
{
    ViewFixture fixture(m_dataset);
    RD_TRY(fixture.open());
    if (auto shown = fixture.showList(); !shown)
        return shown.error();
    RD_TRY(fixture.waitCounted());
    // Every column, each way, as header clicks: the slowest column is what `max_ms` shows.
    Latencies ms;
    double first = -1;
    QJsonObject byColumn;
    for (int column = 0; column < BookingListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            auto took = fixture.timeFirstPage([&fixture, column, order]() {
                fixture.view().horizontalHeader()->setSortIndicator(column, order);
            });
            if (!took)
                return took.error();
            ms.add(took.value());
            if (first < 0)
                first = took.value();
            const QString key = fixture.model().headerData(column, Qt::Horizontal).toString().toLower()
                                + (order == Qt::AscendingOrder ? QStringLiteral("_asc") : QStringLiteral("_desc"));
            byColumn.insert(key, BenchReport::rounded(took.value(), 1));
            RD_TRY(fixture.waitCounted());
        }
    }
    QJsonObject result = figures(QStringLiteral("view_sort"), ms, first);
    result.insert(QStringLiteral("columns"), byColumn);
    return result;
}

Result<QJsonObject> ViewBench::filter()
{
    ViewFixture fixture(m_dataset);
    RD_TRY(fixture.open());
    if (auto shown = fixture.showList(); !shown)
        return shown.error();
    RD_TRY(fixture.waitCounted());
    Latencies ms;
    double first = -1;
    QJsonObject byText;
    for (int i = 0; i < Tries; ++i) {
        for (const QString &text : filterTexts()) {
            for (const QString &typed : {text, QString()}) { // search, then clear the search
                BookingFilter filter;
                filter.text = typed;
                auto took = fixture.timeFirstPage([&fixture, filter]() { fixture.model().setFilter(filter); });
                if (!took)
                    return took.error();
                RD_TRY(fixture.waitCounted());
                if (typed.isEmpty())
                    continue;
                ms.add(took.value());
                if (first < 0)
                    first = took.value();
                byText.insert(text, BenchReport::rounded(std::max(byText.value(text).toDouble(), took.value()), 1));
            }
        }
    }
    QJsonObject result = figures(QStringLiteral("view_filter"), ms, first);
    result.insert(QStringLiteral("max_ms_by_text"), byText);
    return result;
}

// In a fresh process: this one still holds what building the dataset and the earlier
// benches allocated, which says nothing about the list. The child is this program again.
Result<QJsonObject> ViewBench::rss()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), m_dataset.path);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(300'000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return Error{QStringLiteral("rss_failed"),
                     QStringLiteral("the measuring process failed (%1, exit status %2, exit code %3)")
                         .arg(child.errorString())
                         .arg(int(child.exitStatus()))
                         .arg(child.exitCode())};
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const QJsonObject figures = QJsonDocument::fromJson(out.split('\n').constLast()).object();
    if (figures.isEmpty())
        return Error{QStringLiteral("rss_failed"), QString::fromUtf8(out)};
    return figures;
}

int ViewBench::rssChild(const QString &path)
{
    Dataset dataset;
    dataset.path = path;
    dataset.now = QDateTime::currentSecsSinceEpoch();
    auto figures = [&dataset]() -> Result<QJsonObject> {
        ViewFixture fixture(dataset);
        RD_TRY(fixture.open());
        if (auto shown = fixture.showList(); !shown)
            return shown.error();
        RD_TRY(fixture.waitCounted());
        const double open = residentMegabytes();
        // Jump through the whole list the way a dragged scroll bar does, then to the end: the
        // pages kept in memory stay bounded however far the person scrolled.
        const int rows = fixture.model().rowCount();
        for (int step = 1; step <= 50; ++step)
            RD_TRY(fixture.scrollToRow(int(qint64(rows - 1) * step / 50)));
        RD_TRY(fixture.scrollToRow(rows - 1));
        return QJsonObject{
            {QStringLiteral("bench"), QStringLiteral("rss")},
            {QStringLiteral("mb"), BenchReport::rounded(residentMegabytes(), 1)},
            {QStringLiteral("open_mb"), BenchReport::rounded(open, 1)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("pages_in_memory"), fixture.model().loadedPageCount()},
        };
    }();
    QTextStream out(stdout);
    if (!figures) {
        QTextStream(stderr) << figures.error().message << Qt::endl;
        return 1;
    }
    out << QJsonDocument(figures.value()).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

double ViewBench::residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}
