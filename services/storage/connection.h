#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

// How a SQLite database is opened. `synchronous=FULL` is the default because a confirmed
// booking must survive a power cut; NORMAL (still crash-safe in WAL mode, may lose the last
// transactions on power loss) is there for measurements and for shops that choose it.
struct DatabaseOptions final
{
    enum class Durability { Full, Normal };

    QString path;
    Durability durability = Durability::Full;
};

namespace connection {

// Opens a named connection for the calling thread with WAL, foreign keys and our pragmas.
// Each thread uses its own connection; QSqlDatabase objects must not cross threads.
Result<QSqlDatabase> open(const QString &name, const DatabaseOptions &options);
void close(const QString &name);
QString defaultDatabasePath();

} // namespace connection
