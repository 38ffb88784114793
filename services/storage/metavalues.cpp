#include "storage/metavalues.h"

#include "storage/sqlquery.h"

namespace metavalues {

Result<qint64> read(const QSqlDatabase &db, const QString &key)
{
    SqlQuery q(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(key);
    RD_TRY(q.exec());
    return q.next() ? q.integer(0) : qint64(0);
}

Result<void> write(const QSqlDatabase &db, const QString &key, qint64 value)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(key).bind(value);
    return q.exec();
}

} // namespace metavalues
