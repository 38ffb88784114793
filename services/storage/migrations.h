#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

// The schema is versioned: `schema_migrations` lists every applied migration, and each
// migration runs in its own transaction, so a crash leaves the database at the previous or
// the next version, never in between.
namespace migrations {

int latestVersion();
// The highest applied version; 0 for an empty database.
Result<int> currentVersion(const QSqlDatabase &db);
// Applies every missing migration up to `target` (default: all) in order.
Result<int> migrate(QSqlDatabase &db, int target = -1);
// A migration statement (written for SQLite) as PostgreSQL runs it; see migrations.cpp.
QString forPostgreSql(const QString &statement);

} // namespace migrations
