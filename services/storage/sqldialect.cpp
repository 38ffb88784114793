#include "storage/sqldialect.h"

#include "storage/sqlquery.h"

namespace sqldialect {

bool isPostgreSql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1StringView("QPSQL");
}

QString indexedBy(const QSqlDatabase &db, const char *index)
{
    if (isPostgreSql(db))
        return QStringLiteral(" ");
    return QStringLiteral(" INDEXED BY ") + QLatin1StringView(index) + u' ';
}

QString likeOperator(const QSqlDatabase &db)
{
    return isPostgreSql(db) ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString jsonText(const QSqlDatabase &db, const char *column, const char *key)
{
    if (isPostgreSql(db))
        return QStringLiteral("(%1::json ->> '%2')").arg(QLatin1StringView(column), QLatin1StringView(key));
    return QStringLiteral("json_extract(%1, '$.%2')").arg(QLatin1StringView(column), QLatin1StringView(key));
}

QString caseless(const QSqlDatabase &db, const QString &expression)
{
    if (isPostgreSql(db))
        return QStringLiteral("lower(") + expression + u')';
    return expression + QStringLiteral(" COLLATE NOCASE");
}

QString joinInWrittenOrder(const QSqlDatabase &db)
{
    return isPostgreSql(db) ? QStringLiteral(" JOIN ") : QStringLiteral(" CROSS JOIN ");
}

QString joinedBySpaces(const QSqlDatabase &db, const QString &expression)
{
    // SQLite: a blob skips the conversion to UTF-16 a text value would get in the driver.
    if (isPostgreSql(db))
        return QStringLiteral("string_agg(") + expression + QStringLiteral(", ' ')");
    return QStringLiteral("CAST(group_concat(") + expression + QStringLiteral(", ' ') AS BLOB)");
}

QString beginWrite(const QSqlDatabase &db)
{
    if (isPostgreSql(db))
        return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<void> lockForWrite(const QSqlDatabase &db, const char *table, const QUuid &id)
{
    if (!isPostgreSql(db))
        return {};
    SqlQuery lock(db, QStringLiteral("SELECT 1 FROM ") + QLatin1StringView(table) + QStringLiteral(" WHERE id = ? FOR UPDATE"));
    lock.bind(id);
    return lock.exec();
}

} // namespace sqldialect
