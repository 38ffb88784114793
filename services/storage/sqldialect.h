#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

// The one place that knows which SQL engine a connection speaks. Statements are written in
// the SQL both SQLite and PostgreSQL understand; where they cannot be (planner hints, string
// aggregation, case-insensitive LIKE, the write lock), code asks here instead of comparing
// driver names itself.
namespace sqldialect {

bool isPostgreSql(const QSqlDatabase &db);

// " INDEXED BY name" on SQLite, where the planner must be told which index fits; nothing on
// PostgreSQL, which has no such hint and plans by statistics.
QString indexedBy(const QSqlDatabase &db, const char *index);

// Case-insensitive LIKE: SQLite's LIKE already is (for ASCII); PostgreSQL's is ILIKE.
QString likeOperator(const QSqlDatabase &db);

// `expression` compared without regard to case, for ORDER BY: SQLite's NOCASE collation;
// lower() on PostgreSQL (whose indexes on names are on lower(name), see migrations.cpp).
QString caseless(const QSqlDatabase &db, const QString &expression);

// The text at `key` of the JSON object in `column` (both fixed SQL text), NULL when absent.
QString jsonText(const QSqlDatabase &db, const char *column, const char *key);

// A join that SQLite must walk in the written order (its CROSS JOIN); a plain JOIN on
// PostgreSQL, which has no such hint. Followed by "table ON condition" in both.
QString joinInWrittenOrder(const QSqlDatabase &db);

// `expression` of every row joined by spaces into one value that reads as bytes
// (QVariant::toByteArray), or NULL when there are no rows.
QString joinedBySpaces(const QSqlDatabase &db, const QString &expression);

// Starts the one write transaction of a command. SQLite: IMMEDIATE takes the write lock up
// front, so a reader never upgrades mid-command. PostgreSQL: READ COMMITTED, so that a
// command that waited for a row lock (see lockForWrite) sees what the other one committed.
QString beginWrite(const QSqlDatabase &db);

// PostgreSQL: locks the row `id` of `table` (fixed SQL text) until the transaction ends, so
// two server processes deciding on the same row take turns. SQLite has one writer: nothing
// to do there.
Result<void> lockForWrite(const QSqlDatabase &db, const char *table, const QUuid &id);

} // namespace sqldialect
