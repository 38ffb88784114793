#pragma once

#include "domain/period.h"
#include "domain/reservation.h"
#include "queries/bookingqueries.h"

#include <QSqlDatabase>

// The Bookings screen's list: every reservation, filtered and sorted in SQL so that a million
// rows never have to be loaded to show, sort or filter the first page.
enum class BookingColumn { Period, Resource, Customer, Quantity, Amount, Status, Payment };

struct BookingFilter final
{
    QList<ReservationStatus> statuses; // empty = all
    std::optional<Period> overlapping; // bookings whose period overlaps this one
    QUuid resourceId;                  // null = all
    QUuid customerId;                  // null = all
    QString text;                      // part of the resource or customer name; empty = all

    bool operator==(const BookingFilter &) const = default;
};

struct BookingOrder final
{
    BookingColumn column = BookingColumn::Period;
    bool descending = true;

    bool operator==(const BookingOrder &) const = default;
};

namespace bookinglistquery {

// The first `limit` rows in display order (what the screen shows first).
Result<QList<BookingRow>> firstPage(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order,
                                    int limit);
// The row keys (reservation rowids) of every match, in display order: 8 bytes a row, so a
// view can know its length and jump anywhere without loading the rows.
Result<QList<qint64>> keys(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order);
// The rows for `keys`, in the order of `keys` (a key whose row is gone is skipped).
Result<QList<BookingRow>> rows(const QSqlDatabase &db, const QList<qint64> &keys);

} // namespace bookinglistquery
