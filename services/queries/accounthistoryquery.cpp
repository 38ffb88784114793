#include "queries/accounthistoryquery.h"

#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace accounthistoryquery {

Result<QList<AccountEvent>> forAccount(const QSqlDatabase &db, const QUuid &accountId)
{
    // The type list is the index's own condition, so the planner may use it.
    SqlQuery q(db, QStringLiteral("SELECT seq, type, payload, occurred_at FROM events WHERE aggregate_id = ? AND type IN "
                                  "('AccountCreated', 'AccountChanged', 'AccountDisabled', 'AccountEnabled', "
                                  "'PasswordReset') ORDER BY seq"));
    q.bind(accountId);
    return q.collect([](const SqlQuery &row) {
        const QJsonObject payload = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        return AccountEvent{row.integer(0), row.text(1), payload.value(QStringLiteral("by")).toString(), payload,
                            row.integer(3)};
    });
}

} // namespace accounthistoryquery
