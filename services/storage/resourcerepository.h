#pragma once

#include "domain/resource.h"

#include <QSqlDatabase>

class SqlQuery;

#include <optional>

// Rows of the `resources` table.
namespace resourcerepository {

// The columns of a resource row in the order fromRow reads them (for queries elsewhere).
QString columns();
Resource fromRow(const SqlQuery &row);

Result<void> insert(const QSqlDatabase &db, const Resource &resource);
// Writes the new state if the stored version is `expectedVersion`; version_conflict otherwise.
Result<void> update(const QSqlDatabase &db, const Resource &resource, int expectedVersion);
Result<std::optional<Resource>> find(const QSqlDatabase &db, const QUuid &id);
// The stored ones among `ids`, in no particular order, in one query: `ids` is one IN list (a
// few hundred at most; repeats are fine).
Result<QList<Resource>> findMany(const QSqlDatabase &db, const QList<QUuid> &ids);
// Inside a command, before reading a resource to decide on it (capacity for a hold, a new
// capacity against its bookings): on PostgreSQL, where several server processes write at
// once, they take turns on that resource until the transaction ends. No-op on SQLite.
Result<void> lockForDecision(const QSqlDatabase &db, const QUuid &id);
Result<QList<Resource>> page(const QSqlDatabase &db, int offset, int limit);
Result<qint64> count(const QSqlDatabase &db);
// Changes whenever any resource is inserted or updated (same transaction).
Result<qint64> catalogueVersion(const QSqlDatabase &db);

} // namespace resourcerepository
