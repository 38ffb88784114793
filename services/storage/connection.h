#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

// Where the data lives and how it is opened. SQLite is the default: one file, `path`.
// `synchronous=FULL` is the default because a confirmed booking must survive a power cut;
// NORMAL (still crash-safe in WAL mode, may lose the last transactions on power loss) is there
// for measurements and for shops that choose it. PostgreSQL (the server of a business that
// outgrew one machine) uses the fields after `engine`; `durability` does not apply to it.
struct DatabaseOptions final
{
    enum class Durability { Full, Normal };
    enum class Engine { SQLite, PostgreSQL };

    QString path;
    Durability durability = Durability::Full;

    // Initialised, so that `DatabaseOptions{path, durability}` stays warning-free.
    Engine engine = Engine::SQLite;
    QString host = {};
    int port = 5432;
    QString user = {};
    QString password = {};
    QString databaseName = {};
    QString schema = {}; // PostgreSQL: the tables live in this schema; empty means the user's default

    bool isPostgreSql() const { return engine == Engine::PostgreSQL; }
    // For logs and messages: never contains the password.
    QString displayName() const;
};

namespace connection {

// Opens a named connection for the calling thread: on SQLite with WAL, foreign keys and our
// pragmas; on PostgreSQL in UTC with the options' schema first in the search path.
// Each thread uses its own connection; QSqlDatabase objects must not cross threads.
Result<QSqlDatabase> open(const QString &name, const DatabaseOptions &options);
void close(const QString &name);
QString defaultDatabasePath();

} // namespace connection
