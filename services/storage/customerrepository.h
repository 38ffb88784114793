#pragma once

#include "domain/customer.h"

#include <QSqlDatabase>

#include <optional>

// Rows of the `customers` table.
namespace customerrepository {

Result<void> insert(const QSqlDatabase &db, const Customer &customer);
Result<std::optional<Customer>> find(const QSqlDatabase &db, const QUuid &id);
Result<QList<Customer>> page(const QSqlDatabase &db, int offset, int limit);

} // namespace customerrepository
