#include "storage/sqlquery.h"

#include "domain/errors.h"
#include "domain/ids.h"
#include "storage/logging.h"
#include "storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlError>

namespace {

// PostgreSQL's PREPARE takes only queries; a transaction or schema statement (SAVEPOINT,
// CREATE …) fails there, and a failed statement spoils the whole transaction.
bool preparable(const QSqlDatabase &db, const QString &sql)
{
    if (!sqldialect::isPostgreSql(db))
        return true;
    static const QRegularExpression query(QStringLiteral("^[\\s(]*(SELECT|INSERT|UPDATE|DELETE|VALUES|WITH)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return query.match(sql).hasMatch();
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_lease(preparable(db, sql) ? statementcache::acquire(db, sql) : statementcache::Lease{}), m_query(m_lease.query)
{
    if (m_query)
        return;
    m_own = std::make_unique<QSqlQuery>(db);
    m_own->setForwardOnly(true);
    m_query = m_own.get();
    if (!preparable(db, sql))
        m_direct = sql;
    else if (!m_query->prepare(sql))
        m_prepareError = m_query->lastError().text();
}

SqlQuery::~SqlQuery()
{
    statementcache::release(m_lease);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query->bindValue(m_position++, value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QUuid &id)
{
    return bind(QVariant(ids::toText(id)));
}

SqlQuery &SqlQuery::bind(const QString &text)
{
    // A null QString would bind as SQL NULL; our text columns mean "empty" by it.
    return bind(QVariant(text.isNull() ? QStringLiteral("") : text));
}

SqlQuery &SqlQuery::bind(qint64 number)
{
    return bind(QVariant(number));
}

SqlQuery &SqlQuery::bind(int number)
{
    return bind(QVariant(number));
}

Result<void> SqlQuery::exec()
{
    if (!m_prepareError.isEmpty()) {
        qCWarning(lcDb) << "prepare failed:" << m_prepareError;
        return errors::storage(m_prepareError);
    }
    if (!m_direct.isEmpty() && m_position > 0)
        return errors::storage(QStringLiteral("values cannot be bound to: %1").arg(m_direct));
    m_position = 0;
    if (!(m_direct.isEmpty() ? m_query->exec() : m_query->exec(m_direct))) {
        const QString detail = m_query->lastError().text();
        qCWarning(lcDb) << "statement failed:" << detail;
        return errors::storage(detail);
    }
    return {};
}

QUuid SqlQuery::uuid(int column) const
{
    return ids::fromText(m_query->value(column).toString());
}
