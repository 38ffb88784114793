#pragma once

#include <QSqlQuery>

// Prepared statements kept per connection (a connection is used by one thread at a time), so
// a statement is compiled once instead of at every call: preparing costs several times more
// than running most of our queries. A statement in use is never handed out twice.
namespace statementcache {

struct Lease
{
    QSqlQuery *query = nullptr; // null: the statement is busy or did not prepare
    bool *inUse = nullptr;
};

// A prepared, forward-only query for `sql` on `db`. Give it back with release().
Lease acquire(const QSqlDatabase &db, const QString &sql);
void release(const Lease &lease);
// Drops the statements of a connection before it closes, when no thread uses it any more.
void forget(const QString &connectionName);

} // namespace statementcache
