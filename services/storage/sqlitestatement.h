#pragma once

#include "domain/result.h"

#include <QByteArrayView>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A statement prepared on the SQLite handle under a QSqlDatabase, outside the statement
// cache, bound and read as UTF-8 bytes through SQLite's own API. Only for paths that move
// rows by the ten thousand (bulk import, the availability search's range scan), where even
// SqlQuery's QString per text value costs more than SQLite's own work. Everything else goes
// through SqlQuery.
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

    // Steps to the next row of a query: true while there is one, false once they are all
    // read (the statement is then ready to be bound again).
    Result<bool> next();
    // The current row's values; columns count from 0, as in SELECT's list. A text view
    // stays valid until the next call to next().
    qint64 integer(int column) const;
    QByteArrayView text(int column) const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};
