#pragma once

#include "benchscale.h"
#include "dataset.h"

#include <QJsonObject>

// baseline: the Bookings list done the common Qt way, to show what the windowed model buys.
// A QSqlTableModel (over a view joining the names) fetched completely, because a
// QSortFilterProxyModel can only sort and filter the rows it was given, all on the GUI
// thread; then open, sort by resource and filter by text timed the same way as view_open,
// view_sort and view_filter, next to ours. `ratio` = baseline time / our time.
class BaselineBench final
{
public:
    BaselineBench(const Dataset &dataset, const BenchScale &scale);

    Result<QJsonObject> run();

private:
    Result<QJsonObject> runBaseline();
    Result<QJsonObject> runOurs();

    const Dataset &m_dataset;
    BenchScale m_scale;
};
