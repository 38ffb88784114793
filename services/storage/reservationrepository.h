#pragma once

#include "domain/occupancy.h"
#include "domain/reservation.h"

#include <QSqlDatabase>

#include <optional>

class SqlQuery;

// Rows of the `reservations` table and the capacity questions asked of it.
namespace reservationrepository {

Result<void> insert(const QSqlDatabase &db, const Reservation &reservation);
// Many rows in one prepared statement (bulk import); the caller owns the transaction.
Result<void> insertMany(const QSqlDatabase &db, const QList<Reservation> &reservations);
// Writes status, payment status, hold expiry, details, version and time if the stored version is
// `expectedVersion`; version_conflict otherwise.
Result<void> updateState(const QSqlDatabase &db, const Reservation &reservation, int expectedVersion);
Result<std::optional<Reservation>> find(const QSqlDatabase &db, const QUuid &id);
// The stored ones among `ids`, in no particular order, in one query: `ids` is one IN list (a
// few hundred at most; repeats are fine).
Result<QList<Reservation>> findMany(const QSqlDatabase &db, const QList<QUuid> &ids);

// Bookings of `resourceId` that occupy capacity and overlap `period`.
Result<QList<Occupancy>> occupying(const QSqlDatabase &db, const QUuid &resourceId,
                                   const Period &period);
// Every booking of the resource that still occupies capacity, any time.
Result<QList<Reservation>> openForResource(const QSqlDatabase &db, const QUuid &resourceId);
// Held bookings whose hold ran out at `now`.
Result<QList<QUuid>> expiredHolds(const QSqlDatabase &db, qint64 now, int limit);

// The longest booking ever stored bounds overlap searches (see migration 3).
Result<qint64> maxReservationSeconds(const QSqlDatabase &db);
Result<void> noteLongest(const QSqlDatabase &db, qint64 seconds);

// The column list (each prefixed with `tableAlias.` when given), a row read in that order
// (the first columns of the query), and one reservation's values bound in that order.
QString columns(const QString &tableAlias = {});
// INSERT of one reservation, its values bound in the order of columns().
QString insertSql();
Reservation fromRow(const SqlQuery &row);
void bindRow(SqlQuery &query, const Reservation &reservation);
// The details column's text ("{}" when there are none) and back.
QString detailsText(const QJsonObject &details);
QJsonObject detailsFromText(const QString &text);

} // namespace reservationrepository
