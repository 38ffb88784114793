#include "storage/sqlitestatement.h"

#include "domain/errors.h"
#include "storage/statementcache.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace {

Error sqliteError(sqlite3 *db)
{
    return errors::storage(statementcache::sqliteMessage(db));
}

} // namespace

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, QByteArrayView sql)
{
    sqlite3 *connection = statementcache::sqliteHandle(db);
    if (!connection)
        return errors::storage(QStringLiteral("not an open SQLite connection"));
    sqlite3_stmt *statement = statementcache::prepareSqlite(connection, sql);
    if (!statement)
        return sqliteError(connection);
    return SqliteStatement(connection, statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a null statement is a no-op
}

void SqliteStatement::bind(int parameter, qint64 number)
{
    sqlite3_bind_int64(m_statement, parameter, number);
}

void SqliteStatement::bind(int parameter, QByteArrayView utf8)
{
    // An empty view may have no data pointer, which SQLite would bind as NULL, not ''.
    sqlite3_bind_text(m_statement, parameter, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
}

Result<void> SqliteStatement::run()
{
    const int stepped = sqlite3_step(m_statement);
    // reset() repeats the step's error code; the message is taken before it.
    Result<void> result = stepped == SQLITE_DONE ? Result<void>() : Result<void>(sqliteError(m_db));
    sqlite3_reset(m_statement);
    return result;
}

Result<bool> SqliteStatement::next()
{
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    Error failed = sqliteError(m_db); // reset() repeats the code; the message is taken first
    sqlite3_reset(m_statement);
    return failed;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    // The pointer first, then the size: the order SQLite documents for a stable answer.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column));
}
