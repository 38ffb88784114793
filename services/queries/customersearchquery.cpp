#include "queries/customersearchquery.h"

#include "storage/liketext.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace customersearchquery {
namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

} // namespace

Result<QList<Customer>> find(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString needle = text.simplified().left(MaxTextLength);
    if (needle.isEmpty() || limit <= 0)
        return QList<Customer>();
    // "010 1234" and "01012345678" both find "010-1234-5678": compare digits with digits
    // when the text is a phone-like fragment. An empty digit pattern never matches.
    const QString digits = digitsOf(needle);
    const bool phoneLike = digits.size() >= 3 && digits.size() * 2 >= needle.size();
    const QString like = sqldialect::likeOperator(db);
    SqlQuery q(db, QStringLiteral(
                       "SELECT id, name, phone, email, created_at FROM customers "
                       "WHERE name %1 ? ESCAPE '\\' OR phone %1 ? ESCAPE '\\' OR email %1 ? ESCAPE '\\' "
                       "OR (? <> '' AND replace(replace(replace(replace(replace(phone, '-', ''), ' ', ''), "
                       "'(', ''), ')', ''), '+', '') LIKE '%' || ? || '%') "
                       "LIMIT ?").arg(like));
    const QString pattern = liketext::containing(needle);
    const QString phoneDigits = phoneLike ? digits : QString();
    q.bind(pattern).bind(pattern).bind(pattern).bind(phoneDigits).bind(phoneDigits).bind(limit);
    auto found = q.collect([](const SqlQuery &row) {
        return Customer{row.uuid(0), CustomerDraft{row.text(1), row.text(2), row.text(3)}, row.integer(4)};
    });
    if (!found)
        return found.error();
    QList<Customer> customers = std::move(found).value();
    std::stable_sort(customers.begin(), customers.end(), [&needle](const Customer &a, const Customer &b) {
        const bool aPrefix = a.data.name.startsWith(needle, Qt::CaseInsensitive);
        const bool bPrefix = b.data.name.startsWith(needle, Qt::CaseInsensitive);
        if (aPrefix != bPrefix)
            return aPrefix;
        return a.data.name.localeAwareCompare(b.data.name) < 0;
    });
    return customers;
}

} // namespace customersearchquery
