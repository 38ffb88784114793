#include "queries/bookingexport.h"

#include "domain/errors.h"
#include "domain/ids.h"
#include "domain/lifecycle.h"
#include "domain/money.h"
#include "queries/bookinglookup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace bookingexport {
namespace {

QString header()
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("BookingExport", "Booking code"), QT_TRANSLATE_NOOP("BookingExport", "Booking id"),
        QT_TRANSLATE_NOOP("BookingExport", "Resource"),     QT_TRANSLATE_NOOP("BookingExport", "Customer"),
        QT_TRANSLATE_NOOP("BookingExport", "Start"),        QT_TRANSLATE_NOOP("BookingExport", "End"),
        QT_TRANSLATE_NOOP("BookingExport", "Quantity"),     QT_TRANSLATE_NOOP("BookingExport", "Amount"),
        QT_TRANSLATE_NOOP("BookingExport", "Currency"),     QT_TRANSLATE_NOOP("BookingExport", "Status"),
        QT_TRANSLATE_NOOP("BookingExport", "Payment")};
    QStringList fields;
    for (const char *name : names)
        fields << field(QCoreApplication::translate("BookingExport", name));
    return fields.join(u',');
}

QString timeText(qint64 secs, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(secs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// 12345 minor units of USD → "123.45"; of KRW → "12345". No grouping: spreadsheets read it.
QString amountText(const Money &money)
{
    const int digits = Money::minorDigits(money.currency);
    QString text = QString::number(money.minor);
    if (digits == 0)
        return text;
    text = text.rightJustified(digits + 1, u'0');
    return text.left(text.size() - digits) + u'.' + text.right(digits);
}

QString line(const BookingRow &row, const QTimeZone &zone)
{
    const Reservation &r = row.reservation;
    const QStringList fields{field(bookingcodes::codeFor(r.id)),
                             ids::toText(r.id),
                             field(row.resourceName),
                             field(row.customerName),
                             timeText(r.period.start, zone),
                             timeText(r.period.end, zone),
                             QString::number(r.quantity),
                             amountText(r.amount),
                             field(r.amount.currency),
                             field(lifecycle::displayName(r.status)),
                             field(lifecycle::displayName(r.paymentStatus))};
    return fields.join(u',');
}

} // namespace

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

Result<qint64> write(const QSqlDatabase &db, const BookingFilter &filter, const BookingOrder &order,
                     const QTimeZone &zone, const QString &path, Progress &progress, int chunkRows)
{
    if (path.trimmed().isEmpty())
        return errors::exportFailed(path, QCoreApplication::translate("Errors", "no file was chosen"));
    auto keys = bookinglistquery::keys(db, filter, order);
    if (!keys)
        return keys.error();
    progress.total = keys->size();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return errors::exportFailed(path, file.errorString());
    file.write("\xEF\xBB\xBF"); // the byte-order mark
    file.write(header().toUtf8() + "\r\n");
    for (qsizetype from = 0; from < keys->size(); from += chunkRows) {
        if (progress.cancelled) {
            file.cancelWriting();
            return errors::exportCancelled();
        }
        auto rows = bookinglistquery::rows(db, keys->mid(from, chunkRows));
        if (!rows) {
            file.cancelWriting();
            return rows.error();
        }
        QByteArray chunk;
        for (const BookingRow &row : std::as_const(rows.value()))
            chunk += line(row, zone).toUtf8() + "\r\n";
        file.write(chunk);
        progress.written += rows->size();
    }
    if (progress.cancelled) { // stopped at the very end: still nothing replaced
        file.cancelWriting();
        return errors::exportCancelled();
    }
    if (!file.commit())
        return errors::exportFailed(path, file.errorString());
    return progress.written.load();
}

} // namespace bookingexport
