#pragma once

#include "domain/user.h"

#include <QSqlDatabase>

#include <optional>

// Rows of the `users` table. The password hash is written and read only here and by the
// account service that verifies it.
namespace userrepository {

struct Credentials final
{
    User user;
    QByteArray passwordHash;
};

Result<void> insert(const QSqlDatabase &db, const User &user, const QByteArray &passwordHash);
Result<std::optional<Credentials>> findByUsername(const QSqlDatabase &db, const QString &username);
Result<std::optional<User>> find(const QSqlDatabase &db, const QUuid &id);
// Writes the display name, role and disabled flag.
Result<void> update(const QSqlDatabase &db, const User &user);
Result<void> setPasswordHash(const QSqlDatabase &db, const QUuid &id, const QByteArray &passwordHash);
Result<qint64> count(const QSqlDatabase &db);
// Managers who can still sign in: the shop always keeps one.
Result<qint64> activeManagers(const QSqlDatabase &db);
Result<QList<User>> all(const QSqlDatabase &db);

} // namespace userrepository
