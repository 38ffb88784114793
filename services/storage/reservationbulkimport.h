#pragma once

#include "domain/reservation.h"
#include "storage/sqlitestatement.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Loads many bookings at once (imports, the benchmark's million rows). Keeping eleven B-tree
// indexes in order row by row costs more than the rows themselves, so the import drops the
// table's secondary indexes, inserts through SQLite's own binding API, and builds the
// indexes again in finish() by sorting once. Runs inside the caller's transaction (a crash
// rolls all of it back, indexes included); the table must not be queried until finish().
class ReservationBulkImport final
{
public:
    static Result<ReservationBulkImport> begin(const QSqlDatabase &db);

    Result<void> add(const QList<Reservation> &reservations);
    Result<void> finish();

private:
    explicit ReservationBulkImport(const QSqlDatabase &db) : m_db(db) {}

    QSqlDatabase m_db;
    std::optional<SqliteStatement> m_insert; // prepared on the first add()
    QStringList m_indexDefinitions; // CREATE INDEX statements, as SQLite stored them
    qint64 m_longest = 0;
};
