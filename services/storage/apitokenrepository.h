#pragma once

#include "domain/user.h"

#include <QSqlDatabase>

#include <optional>

// Rows of the `api_tokens` table: bearer tokens of the server API, stored only as the SHA-256
// hex of the token (a stolen database gives no usable token).
namespace apitokenrepository {

struct Row final
{
    QString tokenHash;
    QUuid userId;
    QString device;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

// Who a token belongs to, with the device it was issued to.
struct Owner final
{
    User user;
    QString device;
    qint64 expiresAt = 0;
};

Result<void> insert(const QSqlDatabase &db, const Row &row);
// The owner of an unexpired token (expires_at after `nowSecs`); none for an unknown or
// expired one.
Result<std::optional<Owner>> findOwner(const QSqlDatabase &db, const QString &tokenHash, qint64 nowSecs);
// Forgets the tokens that expired before `nowSecs`; resolves to how many.
Result<int> removeExpired(const QSqlDatabase &db, qint64 nowSecs);

} // namespace apitokenrepository
