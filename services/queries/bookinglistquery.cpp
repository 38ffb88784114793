#include "queries/bookinglistquery.h"

#include "domain/ids.h"
#include "queries/bookinglookup.h"
#include "storage/reservationrepository.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QHash>

// How the list stays fast at a million rows (indexes of migration 6):
// - every sort column has an index that yields rows in display order, the rowid tiebreak
//   included (an index ends in the rowid), so the unfiltered first page reads ~100 index
//   entries; names sort through resources/customers by name, joined the other way round;
// - a filtered first page first looks at the first ProbeRows rows in display order and
//   filters those: when the filter keeps enough of them (it matches many rows) the answer is
//   there. Otherwise the filter is selective and SQLite gathers its matches through the
//   filter's own indexes (resource, customer, start time, status) and sorts those few;
// - a text filter in name order whose matches start far down (a common word: tens of
//   thousands of matches that SQLite would gather and sort) walks the names instead, see
//   nameWalk();
// - statements keep a fixed shape (status slots, key chunks) so the per-connection statement
//   cache holds a handful of them, not one per list length.
namespace bookinglistquery {
namespace {

constexpr int ProbeRows = 3'000; // rows scattered over the table: each is a page read when cold
constexpr int StatusSlots = 8; // every ReservationStatus fits; unused slots repeat the first
constexpr int KeysPerStatement = 100;

struct Clause
{
    QString sql; // " AND …" terms, empty when nothing is filtered
    QVariantList values;
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

Result<Clause> whereClause(const QSqlDatabase &db, const BookingFilter &filter)
{
    Clause clause;
    if (!filter.statuses.isEmpty()) {
        clause.sql += QStringLiteral(" AND r.status IN (?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < StatusSlots; ++i)
            clause.values << int(filter.statuses.value(i, filter.statuses.constFirst()));
    }
    if (filter.overlapping) {
        // The longest booking bounds how early an overlapping one can start: the start time
        // index then reads a narrow range instead of all history before `end`.
        auto longest = reservationrepository::maxReservationSeconds(db);
        if (!longest)
            return longest.error();
        clause.sql += QStringLiteral(" AND r.start_at < ? AND r.start_at > ? AND r.end_at > ?");
        clause.values << filter.overlapping->end << filter.overlapping->start - longest.value() - 1
                      << filter.overlapping->start;
    }
    if (!filter.resourceId.isNull()) {
        clause.sql += QStringLiteral(" AND r.resource_id = ?");
        clause.values << ids::toText(filter.resourceId);
    }
    if (!filter.customerId.isNull()) {
        clause.sql += QStringLiteral(" AND r.customer_id = ?");
        clause.values << ids::toText(filter.customerId);
    }
    if (const QString code = bookingcodes::normalise(filter.text); !code.isEmpty()) {
        // A booking code ("7F3A-91C2") finds its booking (index reservations_by_code).
        clause.sql += QStringLiteral(" AND substr(r.id, 29, 8) = ?");
        clause.values << code;
    } else if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        // Names are matched first (thousands of rows, not millions), ignoring case.
        clause.sql += QStringLiteral(
            " AND (r.resource_id IN (SELECT id FROM resources WHERE name %1 ? ESCAPE '\\')"
            " OR r.customer_id IN (SELECT id FROM customers WHERE name %1 ? ESCAPE '\\'))").arg(sqldialect::likeOperator(db));
        clause.values << likePattern(text) << likePattern(text);
    }
    return clause;
}

QString sortExpression(const QSqlDatabase &db, BookingColumn column)
{
    switch (column) {
    case BookingColumn::Period: return QStringLiteral("r.start_at");
    case BookingColumn::Resource: return sqldialect::caseless(db, QStringLiteral("res.name"));
    case BookingColumn::Customer: return sqldialect::caseless(db, QStringLiteral("c.name"));
    case BookingColumn::Quantity: return QStringLiteral("r.quantity");
    case BookingColumn::Amount: return QStringLiteral("r.amount");
    case BookingColumn::Status: return QStringLiteral("r.status"); // life-cycle order
    case BookingColumn::Payment: return QStringLiteral("r.payment_status");
    }
    return QStringLiteral("r.start_at");
}

QString orderBy(const QSqlDatabase &db, const BookingOrder &order)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + sortExpression(db, order.column) + direction + QStringLiteral(", r.rowid")
           + direction;
}

// The tables in an order that lets an index produce the sort order. `forced` (CROSS JOIN)
// makes SQLite walk resources or customers by name first: right without a filter, wrong
// with a selective one, which SQLite should then drive through its index.
QString fromClause(const QSqlDatabase &db, const BookingOrder &order, bool withNames, bool forced)
{
    const QString crossJoin = sqldialect::joinInWrittenOrder(db);
    const QString res = QStringLiteral(" JOIN resources res ON res.id = r.resource_id");
    const QString cus = QStringLiteral(" JOIN customers c ON c.id = r.customer_id");
    if (forced && order.column == BookingColumn::Resource)
        return QStringLiteral(" FROM resources res") + crossJoin + QStringLiteral("reservations r ON res.id = r.resource_id")
               + (withNames ? cus : QString());
    if (forced && order.column == BookingColumn::Customer)
        return QStringLiteral(" FROM customers c") + crossJoin + QStringLiteral("reservations r ON c.id = r.customer_id")
               + (withNames ? res : QString());
    QString from = QStringLiteral(" FROM reservations r");
    if (withNames || order.column == BookingColumn::Resource)
        from += res;
    if (withNames || order.column == BookingColumn::Customer)
        from += cus;
    return from;
}

Result<QList<qint64>> collectKeys(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql);
    for (const QVariant &value : values)
        q.bind(value);
    RD_TRY(q.exec());
    QList<qint64> keys;
    while (q.next())
        keys.append(q.integer(0));
    return keys;
}

// The first `limit` keys, or nothing when the first ProbeRows rows in display order hold
// fewer than `limit` matches (the caller then asks SQLite to gather the matches).
Result<std::optional<QList<qint64>>> probe(const QSqlDatabase &db, const Clause &where, const BookingOrder &order,
                                           int limit)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT p.k FROM (SELECT r.rowid AS k, ") + sortExpression(db, order.column)
                        + QStringLiteral(" AS s") + fromClause(db, order, false, true) + orderBy(db, order)
                        + QStringLiteral(" LIMIT ?) p JOIN reservations r ON r.rowid = p.k WHERE 1 = 1") + where.sql
                        + QStringLiteral(" ORDER BY p.s") + direction + QStringLiteral(", p.k") + direction
                        + QStringLiteral(" LIMIT ?");
    QVariantList values{ProbeRows};
    values << where.values << limit;
    auto keys = collectKeys(db, sql, values);
    if (!keys)
        return keys.error();
    if (keys->size() < limit)
        return std::optional<QList<qint64>>();
    return std::optional(std::move(keys).value());
}

// The first `limit` keys of a text filter in resource or customer name order. A row matches
// by its resource name or by its customer name; each half is read in display order on its
// own and stops at `limit`, then the two are merged:
// - the half matching on the sorted name walks that name's index and tests each name once
//   (thousands of names, not a million rows) until it has `limit` rows;
// - the other half starts from the other table's matching names (usually few) and sorts
//   their rows.
Result<QList<qint64>> nameWalk(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order, int limit)
{
    BookingFilter others = filter;
    others.text.clear();
    auto where = whereClause(db, others);
    if (!where)
        return where.error();
    const bool byResource = order.column == BookingColumn::Resource;
    const QString crossJoin = sqldialect::joinInWrittenOrder(db);
    const QString resources = QStringLiteral("resources res") + crossJoin + QStringLiteral("reservations r ON res.id = r.resource_id");
    const QString customers = QStringLiteral("customers c") + crossJoin + QStringLiteral("reservations r ON c.id = r.customer_id");
    const QString sortedName = byResource ? QStringLiteral("res.name") : QStringLiteral("c.name");
    const QString otherName = byResource ? QStringLiteral("c.name") : QStringLiteral("res.name");
    const QString tail = u' ' + sqldialect::likeOperator(db) + QStringLiteral(" ? ESCAPE '\\'") + where->sql + orderBy(db, order)
                         + QStringLiteral(" LIMIT ?");
    const QString sameHalf = QStringLiteral("SELECT r.rowid AS k, ") + sortedName + QStringLiteral(" AS s FROM ")
                             + (byResource ? resources : customers) + QStringLiteral(" WHERE ") + sortedName + tail;
    const QString otherHalf = QStringLiteral("SELECT r.rowid AS k, ") + sortedName + QStringLiteral(" AS s FROM ")
                              + (byResource ? customers + QStringLiteral(" JOIN resources res ON res.id = r.resource_id")
                                            : resources + QStringLiteral(" JOIN customers c ON c.id = r.customer_id"))
                              + QStringLiteral(" WHERE ") + otherName + tail;
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT k FROM (SELECT * FROM (") + sameHalf
                        + QStringLiteral(") same UNION SELECT * FROM (") + otherHalf
                        + QStringLiteral(") other) matches ORDER BY ") + sqldialect::caseless(db, QStringLiteral("s")) + direction
                        + QStringLiteral(", k") + direction
                        + QStringLiteral(" LIMIT ?");
    const QString pattern = likePattern(filter.text.trimmed());
    QVariantList values{pattern};
    values << where->values << limit << pattern << where->values << limit << limit;
    return collectKeys(db, sql, values);
}

// Whether nameWalk() suits the filter: it reads the rows of matching names in name order, so
// a filter that also narrows by resource, customer or dates is better served by its index.
bool walksNames(const BookingFilter &filter, const BookingOrder &order)
{
    return !filter.text.trimmed().isEmpty() && bookingcodes::normalise(filter.text).isEmpty()
           && filter.resourceId.isNull() && filter.customerId.isNull()
           && !filter.overlapping
           && (order.column == BookingColumn::Resource || order.column == BookingColumn::Customer);
}

} // namespace

Result<QList<BookingRow>> firstPage(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order,
                                    int limit)
{
    if (limit <= 0)
        return QList<BookingRow>();
    auto where = whereClause(db, filter);
    if (!where)
        return where.error();
    const bool filtered = !where->sql.isEmpty();
    if (filtered) {
        auto probed = probe(db, where.value(), order, limit);
        if (!probed)
            return probed.error();
        if (probed->has_value())
            return rows(db, probed->value());
        if (walksNames(filter, order)) {
            auto walked = nameWalk(db, filter, order, limit);
            if (!walked)
                return walked.error();
            return rows(db, walked.value());
        }
    }
    const QString sql = QStringLiteral("SELECT r.rowid") + fromClause(db, order, false, !filtered)
                        + QStringLiteral(" WHERE 1 = 1") + where->sql + orderBy(db, order) + QStringLiteral(" LIMIT ?");
    QVariantList values = where->values;
    values << limit;
    auto keys = collectKeys(db, sql, values);
    if (!keys)
        return keys.error();
    return rows(db, keys.value());
}

Result<QList<qint64>> keys(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order)
{
    auto where = whereClause(db, filter);
    if (!where)
        return where.error();
    const QString sql = QStringLiteral("SELECT r.rowid") + fromClause(db, order, false, where->sql.isEmpty())
                        + QStringLiteral(" WHERE 1 = 1") + where->sql + orderBy(db, order);
    return collectKeys(db, sql, where->values);
}

Result<QList<BookingRow>> rows(const QSqlDatabase &db, const QList<qint64> &keys)
{
    static const QString sql = []() -> QString {
        QString placeholders = QStringLiteral("?");
        for (int i = 1; i < KeysPerStatement; ++i)
            placeholders += QStringLiteral(", ?");
        return QStringLiteral("SELECT ") + reservationrepository::columns(QStringLiteral("r"))
               + QStringLiteral(", res.name, c.name, res.profile, r.rowid FROM reservations r "
                                "JOIN resources res ON res.id = r.resource_id "
                                "JOIN customers c ON c.id = r.customer_id WHERE r.rowid IN (")
               + placeholders + QStringLiteral(")");
    }();
    QHash<qint64, BookingRow> found;
    found.reserve(keys.size());
    for (qsizetype from = 0; from < keys.size(); from += KeysPerStatement) {
        SqlQuery q(db, sql);
        for (qsizetype i = from; i < from + KeysPerStatement; ++i)
            q.bind(i < keys.size() ? keys.at(i) : qint64(-1)); // -1: no row has it
        RD_TRY(q.exec());
        while (q.next()) {
            BookingRow row{reservationrepository::fromRow(q), q.text(16), q.text(17),
                           profiles::fromKey(q.text(18)).value_or(Profile::Item), q.integer(19)};
            found.insert(row.key, std::move(row));
        }
    }
    QList<BookingRow> ordered;
    ordered.reserve(found.size());
    for (const qint64 key : keys) {
        if (auto it = found.constFind(key); it != found.cend())
            ordered.append(*it);
    }
    return ordered;
}

} // namespace bookinglistquery
