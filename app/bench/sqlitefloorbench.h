#pragma once

#include "benchscale.h"
#include "dataset.h"
#include "floorrows.h"

#include <QJsonObject>

// How fast SQLite itself does the writes behind the three throughput targets, on our own
// schema (made by our migrations) on this machine: the same rows, statements and transactions
// as bulk_import, a pull and a push, through SQLite's C API with every value ready in memory.
// None of our code runs while it is timed, so they say how far a target is from what the
// storage engine allows, and how much of a bench's time is ours. (bulk_import binds through
// the same API and lands near the import figure, sometimes above it: rebuilding the indexes
// varies by a second or more from run to run.)
//   import: the dataset's bookings into an empty database, indexes dropped and rebuilt as
//           ReservationBulkImport does; once more without rebuilding them (`unindexed`).
//   pull:   what a counter writes per pulled booking (the row, its event, My bookings and
//           the timeline) and per page (the cursor), page by page: pages as SyncBench asks
//           for, and as large as the server sends.
//   push:   what the server reads and writes per hold command (its stored answer, the
//           resource, the overlapping bookings, the row, the change log, the event, My
//           bookings, the timeline, the answer), in a savepoint each, batch by batch.
class SqliteFloorBench final
{
public:
    SqliteFloorBench(const Dataset &dataset, const BenchScale &scale, QString folder);

    Result<QJsonObject> run();

private:
    struct Rate
    {
        qint64 rows = 0;
        double seconds = 0;
    };
    Result<QList<FloorBooking>> storedBookings();
    Result<Rate> import(const QList<FloorBooking> &bookings, bool rebuildIndexes);
    Result<Rate> pull(int pageSize);
    Result<Rate> push();

    const Dataset &m_dataset;
    BenchScale m_scale;
    QString m_folder;
};
