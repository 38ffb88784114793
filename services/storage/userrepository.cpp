#include "storage/userrepository.h"

#include "storage/sqlquery.h"


namespace userrepository {
namespace {

const QString Columns = QStringLiteral("id, username, display_name, role, customer_id, created_at, disabled");

User fromRow(const SqlQuery &q)
{
    return User{q.uuid(0), q.text(1), q.text(2), Role(q.integer(3)), q.uuid(4), q.integer(5), q.integer(6) != 0};
}

} // namespace

Result<void> insert(const QSqlDatabase &db, const User &user, const QByteArray &passwordHash)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO users(%1, password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    q.bind(user.id).bind(user.username).bind(user.displayName).bind(int(user.role));
    if (user.customerId.isNull())
        q.bind(QVariant(QMetaType::fromType<QString>())); // NULL: staff have no customer
    else
        q.bind(user.customerId);
    q.bind(user.createdAt).bind(user.disabled ? 1 : 0).bind(QString::fromLatin1(passwordHash));
    return q.exec();
}

Result<std::optional<User>> find(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(Columns));
    q.bind(id);
    return q.first(fromRow);
}

Result<void> update(const QSqlDatabase &db, const User &user)
{
    SqlQuery q(db, QStringLiteral("UPDATE users SET display_name = ?, role = ?, disabled = ? WHERE id = ?"));
    q.bind(user.displayName).bind(int(user.role)).bind(user.disabled ? 1 : 0).bind(user.id);
    return q.exec();
}

Result<void> setPasswordHash(const QSqlDatabase &db, const QUuid &id, const QByteArray &passwordHash)
{
    SqlQuery q(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.bind(QString::fromLatin1(passwordHash)).bind(id);
    return q.exec();
}

Result<qint64> activeManagers(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND disabled = 0"));
    q.bind(int(Role::Manager));
    auto counted = q.first([](const SqlQuery &row) { return row.integer(0); });
    if (!counted)
        return counted.error();
    return counted->value_or(0);
}

Result<std::optional<Credentials>> findByUsername(const QSqlDatabase &db, const QString &username)
{
    SqlQuery q(db, QStringLiteral("SELECT %1, password_hash FROM users WHERE username = ?").arg(Columns));
    q.bind(username);
    return q.first([](const SqlQuery &row) { return Credentials{fromRow(row), row.text(7).toLatin1()}; });
}

Result<qint64> count(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM users"));
    auto counted = q.first([](const SqlQuery &row) { return row.integer(0); });
    if (!counted)
        return counted.error();
    return counted->value_or(0);
}

Result<QList<User>> all(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM users ORDER BY role, username").arg(Columns));
    return q.collect(fromRow);
}

} // namespace userrepository
