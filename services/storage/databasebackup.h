#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

// A copy of a counter's database that can be opened on its own (File → Back up database, or
// rentaldesk --backup): a counter keeps working offline on this one file, and bookings not yet
// sent to a server exist nowhere else.
namespace databasebackup {

// Writes a consistent snapshot of the SQLite database `db` reads to `path` (bookings committed
// meanwhile by the writer are simply not in it) and returns the copy's size in bytes. The copy
// is written beside `path` and renamed onto it only once complete and on disk: a file already
// there is replaced whole or not at all. Refuses the database's own files.
Result<qint64> write(const QSqlDatabase &db, const QString &path);

} // namespace databasebackup
