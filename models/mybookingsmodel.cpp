#include "mybookingsmodel.h"

#include "domain/lifecycle.h"
#include "domain/profile.h"

#include <algorithm>

MyBookingsModel::MyBookingsModel(DisplayContext display, Profile profile, QObject *parent)
    : QAbstractTableModel(parent), m_display(std::move(display)), m_profile(profile)
{
}

void MyBookingsModel::setBookings(const QList<MyBooking> &bookings)
{
    QList<MyBooking> sorted = bookings;
    // Newest first whatever order the query used; stable for equal starts.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const MyBooking &a, const MyBooking &b) { return a.period.start > b.period.start; });
    beginResetModel();
    m_bookings = std::move(sorted);
    endResetModel();
}

int MyBookingsModel::rowOf(const QUuid &reservationId) const
{
    const auto found = std::find_if(m_bookings.cbegin(), m_bookings.cend(),
                                    [&](const MyBooking &b) { return b.reservationId == reservationId; });
    return found == m_bookings.cend() ? -1 : int(found - m_bookings.cbegin());
}

std::optional<ReservationStatus> MyBookingsModel::status(const QString &key)
{
    for (ReservationStatus s : lifecycle::allStatuses())
        if (lifecycle::key(s) == key)
            return s;
    return std::nullopt;
}

std::optional<PaymentStatus> MyBookingsModel::paymentStatus(const QString &key)
{
    for (PaymentStatus s : lifecycle::allPaymentStatuses())
        if (lifecycle::key(s) == key)
            return s;
    return std::nullopt;
}

QString MyBookingsModel::statusName(const QString &key, Profile profile)
{
    const auto s = status(key);
    return s ? lifecycle::displayName(*s, profile) : key;
}

QString MyBookingsModel::paymentStatusName(const QString &key)
{
    const auto s = paymentStatus(key);
    return s ? lifecycle::displayName(*s) : key;
}

int MyBookingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int MyBookingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyBookingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MyBooking &b = m_bookings.at(index.row());
    if (role == ReservationIdRole)
        return b.reservationId;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Quantity || index.column() == Amount;
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: return m_display.period(b.period);
    case What: return b.resourceName;
    case Quantity: return m_display.locale.toString(b.quantity);
    case Amount: return m_display.money(b.amount);
    case Status: return statusName(b.status, profiles::fromKey(b.profile).value_or(m_profile));
    case Payment: return paymentStatusName(b.paymentStatus);
    }
    return {};
}

QVariant MyBookingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case What: return profiles::resourceNoun(m_profile);
    case Quantity: return tr("Quantity");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    case Payment: return tr("Payment");
    }
    return {};
}
