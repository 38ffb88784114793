#pragma once

#include "benchscale.h"
#include "dataset.h"

#include <QJsonObject>

// The Bookings list at full scale, as a manager waits for it: opening it (view_open),
// clicking a column header (view_sort), typing a search (view_filter), and the memory the
// process holds with the list open and scrolled to the end (rss). Times run from the action
// to the new first page painted in a QTableView; each is the median of a few tries, the
// first (coldest) try reported beside it.
class ViewBench final
{
public:
    ViewBench(const Dataset &dataset, const BenchScale &scale);

    Result<QJsonObject> open();
    Result<QJsonObject> sort();
    Result<QJsonObject> filter();
    Result<QJsonObject> rss();

    // `rss` measures in a child process started with this variable set to the database.
    static constexpr const char *ChildVariable = "RENTALDESK_BENCH_RSS_DATABASE";
    static int rssChild(const QString &path);

    // The process's resident memory in MB (VmRSS of /proc/self/status), 0 when unknown.
    static double residentMegabytes();
    // Texts view_filter types: one matching many bookings, one matching a single resource.
    static QStringList filterTexts();

private:
    const Dataset &m_dataset;
    BenchScale m_scale;
};
