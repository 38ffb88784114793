#include "storage/apitokenrepository.h"

#include "storage/sqlquery.h"

namespace apitokenrepository {

Result<void> insert(const QSqlDatabase &db, const Row &row)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO api_tokens(token_hash, user_id, device, created_at, expires_at) "
                              "VALUES (?, ?, ?, ?, ?)"));
    q.bind(row.tokenHash).bind(row.userId).bind(row.device).bind(row.createdAt).bind(row.expiresAt);
    return q.exec();
}

Result<std::optional<Owner>> findOwner(const QSqlDatabase &db, const QString &tokenHash, qint64 nowSecs)
{
    SqlQuery q(db,
               QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.customer_id, u.created_at, "
                              "t.device, t.expires_at FROM api_tokens t JOIN users u ON u.id = t.user_id "
                              "WHERE t.token_hash = ? AND t.expires_at > ? AND u.disabled = 0"));
    q.bind(tokenHash).bind(nowSecs);
    return q.first([](const SqlQuery &row) {
        return Owner{User{row.uuid(0), row.text(1), row.text(2), Role(row.integer(3)), row.uuid(4), row.integer(5)},
                     row.text(6), row.integer(7)};
    });
}

Result<int> removeExpired(const QSqlDatabase &db, qint64 nowSecs)
{
    SqlQuery q(db, QStringLiteral("DELETE FROM api_tokens WHERE expires_at <= ?"));
    q.bind(nowSecs);
    RD_TRY(q.exec());
    return q.rowsAffected();
}

} // namespace apitokenrepository
