#pragma once

#include "domain/customer.h"

#include <QSqlDatabase>

// Customers for the counter's "who is booking?" search: those whose name, phone or e-mail
// contains the typed text (case-insensitive; a phone matches with or without its dashes and
// spaces). At most `limit` answers, so a short, common fragment stays cheap: the scan stops
// at the limit instead of sorting the whole table. Answers are sorted by name afterwards,
// names starting with the text first.
namespace customersearchquery {

constexpr int DefaultLimit = 50;
// Longer input cannot be a name or a phone; it is cut rather than sent to SQL.
constexpr int MaxTextLength = 100;

Result<QList<Customer>> find(const QSqlDatabase &db, const QString &text, int limit = DefaultLimit);

} // namespace customersearchquery
