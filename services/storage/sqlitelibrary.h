#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

// Storage calls SQLite's own API on the handle it takes from Qt's QSQLITE driver (the bulk
// import, the statement cache). That is only sound when the driver and this program use the
// same copy of SQLite: Qt's Windows and macOS packages bundle one inside the plugin, and two
// copies sharing one handle corrupt memory. So every process checks, before its first
// SQLite connection is used, that the driver's SQLite is ours, and refuses to go on otherwise.
namespace sqlitelibrary {

// The few entry points the check needs, so that a test can point them at another copy.
struct Api final
{
    const char *(*libversion)();
    const char *(*sourceid)();
    long long (*softHeapLimit64)(long long);
};

// The SQLite this program is linked with.
Api linked();

struct Build final
{
    QString version;
    QString sourceId;
};

// The translated refusal when the two builds differ; empty when they are the same build.
QString mismatch(const Build &program, const Build &driver);

// Checks that `db` (an open QSQLITE connection) runs on `program`'s copy of SQLite: the same
// version and source id, and the same process-wide state (a soft heap limit set through
// `program` reads back through the driver only when both are one copy, even when two copies
// are of the same build).
Result<void> verify(QSqlDatabase &db, const Api &program = linked());

} // namespace sqlitelibrary
