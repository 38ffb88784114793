#include "baselinebench.h"

#include "benchlogging.h"
#include "benchreport.h"
#include "bookinglistmodel.h"
#include "viewbench.h"
#include "viewfixture.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QTableView>

namespace {

const QString ConnectionName = QStringLiteral("bench-baseline");
constexpr int ResourceColumn = 1; // in the view below

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

BaselineBench::BaselineBench(const Dataset &dataset, const BenchScale &scale) : m_dataset(dataset), m_scale(scale) {}

Result<QJsonObject> BaselineBench::run()
{
    auto ours = runOurs();
    if (!ours)
        return ours.error();
    auto baseline = runBaseline();
    QSqlDatabase::removeDatabase(ConnectionName);
    if (!baseline)
        return baseline.error();
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("baseline")}};
    for (const QString &step : {QStringLiteral("open"), QStringLiteral("sort"), QStringLiteral("filter")}) {
        const double theirs = baseline->value(step).toDouble();
        const double mine = ours->value(step).toDouble();
        result.insert(step + QStringLiteral("_baseline_ms"), BenchReport::rounded(theirs, 1));
        result.insert(step + QStringLiteral("_ms"), BenchReport::rounded(mine, 1));
        result.insert(step + QStringLiteral("_ratio"), BenchReport::rounded(mine > 0 ? theirs / mine : 0, 1));
    }
    result.insert(QStringLiteral("ratio"), BenchReport::rounded(std::min({result.value(QStringLiteral("open_ratio")).toDouble(),
                                                                          result.value(QStringLiteral("sort_ratio")).toDouble(),
                                                                          result.value(QStringLiteral("filter_ratio")).toDouble()}),
                                                                1));
    result.insert(QStringLiteral("baseline_rss_mb"), baseline->value(QStringLiteral("rss_mb")));
    return result;
}

Result<QJsonObject> BaselineBench::runOurs()
{
    ViewFixture fixture(m_dataset);
    RD_TRY(fixture.open());
    auto open = fixture.showList();
    if (!open)
        return open.error();
    RD_TRY(fixture.waitCounted());
    auto sorted = fixture.timeFirstPage([&fixture]() {
        fixture.view().sortByColumn(BookingListModel::ResourceColumn, Qt::AscendingOrder);
    });
    if (!sorted)
        return sorted.error();
    RD_TRY(fixture.waitCounted());
    BookingFilter filter;
    filter.text = ViewBench::filterTexts().constFirst();
    auto filtered = fixture.timeFirstPage([&fixture, filter]() { fixture.model().setFilter(filter); });
    if (!filtered)
        return filtered.error();
    return QJsonObject{{QStringLiteral("open"), open.value()},
                       {QStringLiteral("sort"), sorted.value()},
                       {QStringLiteral("filter"), filtered.value()}};
}

Result<QJsonObject> BaselineBench::runBaseline()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ConnectionName);
    db.setDatabaseName(m_dataset.path);
    if (!db.open())
        return Error{QStringLiteral("storage"), db.lastError().text()};
    QSqlQuery view(db);
    if (!view.exec(QStringLiteral(
            "CREATE TEMP VIEW booking_list AS SELECT r.start_at, res.name AS resource, c.name AS customer, "
            "r.quantity, r.amount, r.status, r.payment_status FROM reservations r "
            "JOIN resources res ON res.id = r.resource_id JOIN customers c ON c.id = r.customer_id")))
        return Error{QStringLiteral("storage"), view.lastError().text()};

    QJsonObject times;
    {
        QElapsedTimer timer;
        timer.start();
        QSqlTableModel table(nullptr, db);
        table.setTable(QStringLiteral("booking_list"));
        table.setSort(0, Qt::DescendingOrder);
        if (!table.select())
            return Error{QStringLiteral("storage"), table.lastError().text()};
        while (table.canFetchMore())
            table.fetchMore(); // the proxy sorts and filters only what it was given
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        QTableView tableView;
        tableView.resize(1200, 800);
        tableView.setModel(&proxy);
        tableView.show();
        tableView.viewport()->repaint();
        times.insert(QStringLiteral("open"), millis(timer));
        qCInfo(lcBench) << "baseline: opened" << table.rowCount() << "rows in" << millis(timer) << "ms";

        timer.start();
        proxy.sort(ResourceColumn, Qt::AscendingOrder);
        tableView.viewport()->repaint();
        times.insert(QStringLiteral("sort"), millis(timer));

        timer.start();
        proxy.setFilterKeyColumn(ResourceColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(ViewBench::filterTexts().constFirst());
        tableView.viewport()->repaint();
        times.insert(QStringLiteral("filter"), millis(timer));
        times.insert(QStringLiteral("rss_mb"), BenchReport::rounded(ViewBench::residentMegabytes(), 1));
    }
    db.close();
    return times;
}
