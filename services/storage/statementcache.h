#pragma once

#include <QByteArrayView>
#include <QSqlQuery>

struct sqlite3;
struct sqlite3_stmt;

// Prepared statements kept per connection (a connection is used by one thread at a time), so
// a statement is compiled once instead of at every call: preparing costs several times more
// than running most of our queries. A statement in use is never handed out twice.
// On SQLite the statement is SQLite's own (see SqlQuery why); on PostgreSQL a QSqlQuery.
namespace statementcache {

struct Lease
{
    QSqlQuery *query = nullptr;     // PostgreSQL
    sqlite3_stmt *native = nullptr; // SQLite
    sqlite3 *handle = nullptr;      // SQLite: the connection `native` belongs to
    bool *inUse = nullptr;          // null: the statement is busy or did not prepare

    bool leased() const { return inUse != nullptr; }
};

// A prepared, forward-only statement for `sql` on `db`. Give it back with release().
Lease acquire(const QSqlDatabase &db, const QString &sql);
void release(const Lease &lease);
// Drops the statements of a connection before it closes, when no thread uses it any more.
void forget(const QString &connectionName);

// The SQLite handle under `db`, or null when `db` is not an open SQLite connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// Compiles `utf8` on `handle` for repeated use: the statement (finalise it when done), or
// null when it does not compile (sqliteMessage() says why).
sqlite3_stmt *prepareSqlite(sqlite3 *handle, QByteArrayView utf8);
// SQLite's message for the last call on `handle` that failed.
QString sqliteMessage(sqlite3 *handle);

} // namespace statementcache
