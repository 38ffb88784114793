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
    SqlQuery &bind(qint64 number);
    SqlQuery &bind(int number);

    Result<void> exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    QUuid uuid(int column) const;
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery &raw() { return *m_query; }

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
    statementcache::Lease m_lease;
    std::unique_ptr<QSqlQuery> m_own; // when the cached statement was busy or is not prepared
    QString m_direct; // PostgreSQL prepares only queries: other statements run as text, unbound
    QSqlQuery *m_query;
    QString m_prepareError;
    int m_position = 0;
};
