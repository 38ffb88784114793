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
Result<qint64> count(const QSqlDatabase &db);
Result<QList<User>> all(const QSqlDatabase &db);

} // namespace userrepository
