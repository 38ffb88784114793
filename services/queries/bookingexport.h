#pragma once

#include "queries/bookinglistquery.h"

#include <QTimeZone>

#include <atomic>

// The Bookings list as a CSV file for a spreadsheet or the accountant: every booking the
// filter matches, in the list's order, one row each. Runs on a reader, a chunk of rows at a
// time, so a million bookings never sit in memory; the screen follows and may stop it.
namespace bookingexport {

// Shared between the reader that writes and the screen that shows how far it is.
struct Progress
{
    std::atomic<qint64> total{-1}; // known once the matching bookings are counted
    std::atomic<qint64> written{0};
    std::atomic<bool> cancelled{false};
};

// Writes the CSV (UTF-8 with a byte-order mark, which spreadsheets need to read Korean; the
// header in the interface's language; times in `zone`; amounts in major units) to `path`. A
// file already there is replaced only by a complete export; a cancelled or failed one leaves
// it as it was. Resolves to the number of bookings written.
Result<qint64> write(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order,
                     const QTimeZone &zone, const QString &path, Progress &progress, int chunkRows = 2000);

// One CSV field: quoted when it holds a separator, quote or line break, and text a
// spreadsheet would run as a formula (=, +, -, @ first) starts with an apostrophe.
QString field(const QString &text);

} // namespace bookingexport
