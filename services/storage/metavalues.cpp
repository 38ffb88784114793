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

} // namespace metavalues
