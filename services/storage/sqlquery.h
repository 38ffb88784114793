#pragma once

#include "domain/result.h"
#include "storage/statementcache.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <memory>
#include <optional>
#include <type_traits>

// A prepared statement with positional binding and errors as values. Every statement we run
// goes through here: no string-built SQL with user data. Statements come from the
// connection's cache and go back to it when this object ends.
// On SQLite the statement is bound, stepped and read through SQLite's own API: Qt's driver
// wraps every bound and every read value in a QVariant, formats a placeholder name per bound
// value and copies each row into a cache, which together cost as much as SQLite's own work
// on our short statements. PostgreSQL goes through Qt's driver.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bind(const QUuid &id);
    SqlQuery &bind(const QString &text);
    // Text already in UTF-8 (a JSON document): SQLite stores it as it is, without the round
    // trip through UTF-16 a QString would take.
    SqlQuery &bindUtf8(const QByteArray &text);
    SqlQuery &bind(qint64 number);
    SqlQuery &bind(int number);

    Result<void> exec();
    bool next();
    QVariant value(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QUuid uuid(int column) const;
    int rowsAffected() const;
    qint64 lastInsertId() const;
    QStringList columnNames() const;
    // Lets go of the rows not read yet (and of the read transaction they hold).
    void finish();

    // Runs the statement and turns its first row, if any, into a value with `read`.
    template<typename Read>
    auto first(Read read) -> Result<std::optional<std::invoke_result_t<Read, const SqlQuery &>>>
    {
        RD_TRY(exec());
        if (!next())
            return std::optional<std::invoke_result_t<Read, const SqlQuery &>>();
        return std::optional(read(*this));
    }

    // Runs the statement and turns every row into a value with `read`.
    template<typename Read>
    auto collect(Read read) -> Result<QList<std::invoke_result_t<Read, const SqlQuery &>>>
    {
        RD_TRY(exec());
        QList<std::invoke_result_t<Read, const SqlQuery &>> rows;
        while (next())
            rows.append(read(*this));
        return rows;
    }

private:
    enum class Step { Ready, FirstRow, Rows, Done }; // SQLite: where stepping stands

    void prepareNative(const QSqlDatabase &db, const QString &sql);
    void prepareQt(const QSqlDatabase &db, const QString &sql);
    void bindNative(const QVariant &value);
    void resetNative();

    statementcache::Lease m_lease;
    // SQLite: the leased statement, or one of our own when the cached one is busy.
    sqlite3_stmt *m_native = nullptr;
    sqlite3 *m_handle = nullptr;
    bool m_ownsNative = false;
    Step m_step = Step::Ready;
    // PostgreSQL: the leased query, or one of our own when the cached one is busy.
    std::unique_ptr<QSqlQuery> m_own;
    QString m_direct; // PostgreSQL prepares only queries: other statements run as text, unbound
    QSqlQuery *m_query = nullptr;
    QString m_prepareError;
    int m_position = 0;
};
