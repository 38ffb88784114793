#include "storage/customerrepository.h"

#include "storage/sqlquery.h"

namespace customerrepository {
namespace {
Customer fromRow(const SqlQuery &q)
{
    return Customer{q.uuid(0), CustomerDraft{q.text(1), q.text(2), q.text(3)}, q.integer(4)};
}
} // namespace

Result<void> insert(const QSqlDatabase &db, const Customer &c)
{
    SqlQuery q(db, QStringLiteral(
                       "INSERT INTO customers(id, name, phone, email, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.bind(c.id).bind(c.data.name).bind(c.data.phone).bind(c.data.email).bind(c.createdAt);
    return q.exec();
}

Result<std::optional<Customer>> find(const QSqlDatabase &db, const QUuid &id)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, phone, email, created_at FROM customers WHERE id = ?"));
    q.bind(id);
    return q.first(fromRow);
}

Result<QList<Customer>> page(const QSqlDatabase &db, int offset, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT id, name, phone, email, created_at FROM customers "
                                  "ORDER BY name, id LIMIT ? OFFSET ?"));
    q.bind(limit).bind(offset);
    return q.collect(fromRow);
}

} // namespace customerrepository
