#include "bookingtablemodel.h"

#include "api/reservationservice.h"
#include "domain/lifecycle.h"

namespace {
constexpr int PageSize = 200;

QVariant text(int role, const QString &value)
{
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

QVariant number(int role, const QVariant &value)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return role == Qt::DisplayRole ? value : QVariant();
}
} // namespace

BookingTableModel::BookingTableModel(ReservationService &reservations, DisplayContext display, QObject *parent)
    : PagedTableModel<BookingRow>(
        [&reservations](int offset, int limit) { return reservations.page(offset, limit); },
        {
            {tr("Period"),
             [display](const BookingRow &b, int role) { return text(role, display.period(b.reservation.period)); }},
            {tr("Resource"), [](const BookingRow &b, int role) { return text(role, b.resourceName); }},
            {tr("Customer"), [](const BookingRow &b, int role) { return text(role, b.customerName); }},
            {tr("Quantity"), [](const BookingRow &b, int role) { return number(role, b.reservation.quantity); }},
            {tr("Amount"),
             [display](const BookingRow &b, int role) { return number(role, display.money(b.reservation.amount)); }},
            {tr("Status"),
             [](const BookingRow &b, int role) { return text(role, lifecycle::displayName(b.reservation.status)); }},
            {tr("Payment"),
             [](const BookingRow &b, int role) {
                 return text(role, lifecycle::displayName(b.reservation.paymentStatus));
             }},
        },
        PageSize, parent)
{
}
