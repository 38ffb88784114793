#pragma once

#include "domain/result.h"

#include <QByteArrayView>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A statement prepared on the SQLite handle under a QSqlDatabase, bound and stepped through
// SQLite's own API. Only for paths that write rows by the hundred thousand (bulk import):
// Qt's binding formats a placeholder name for every value it binds, which costs more than
// SQLite's insert itself. Everything else goes through SqlQuery.
class SqliteStatement final
{
public:
    // Fails when the database is not SQLite or the SQL does not compile.
    static Result<SqliteStatement> prepare(const QSqlDatabase &db, QByteArrayView sql);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Parameters count from 1, as in SQL. Text is copied by SQLite when bound.
    void bind(int parameter, qint64 number);
    void bind(int parameter, QByteArrayView utf8);

    // Runs a statement that returns no rows and makes it ready to be bound again.
    Result<void> run();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};
