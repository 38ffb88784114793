#include "syncconflictmodel.h"

#include "storage/customerrepository.h"
#include "storage/reservationrepository.h"
#include "storage/resourcerepository.h"
#include "sync/synccommands.h"

#include <algorithm>

namespace syncconflicts {
namespace {

QString customerName(const QSqlDatabase &db, const QUuid &id)
{
    auto customer = customerrepository::find(db, id);
    return customer && customer.value() ? customer.value()->data.name : QString();
}

// Fills in the booking (or, for a new customer, the customer) the conflict is about. A row
// that is gone (the server's truth removed it) just stays without names.
Result<void> describe(const QSqlDatabase &db, SyncConflictRow &row)
{
    auto reservation = reservationrepository::find(db, row.conflict.entityId);
    if (!reservation)
        return reservation.error();
    if (!reservation.value()) {
        row.customerName = customerName(db, row.conflict.entityId);
        return {};
    }
    row.reservation = reservation.value();
    auto resource = resourcerepository::find(db, row.reservation->resourceId);
    if (!resource)
        return resource.error();
    if (resource.value()) {
        row.resourceName = resource.value()->data.name;
        row.resourceProfile = resource.value()->data.profile;
    }
    row.customerName = customerName(db, row.reservation->customerId);
    return {};
}

} // namespace

Result<SyncConflictList> load(const QSqlDatabase &db, int limit)
{
    auto conflicts = clientsync::conflicts(db, limit);
    if (!conflicts)
        return conflicts.error();
    auto total = clientsync::conflictCount(db);
    if (!total)
        return total.error();
    SyncConflictList list;
    list.total = total.value();
    list.rows.reserve(conflicts->size());
    for (const clientsync::Conflict &conflict : conflicts.value()) {
        SyncConflictRow row{conflict, std::nullopt, {}, std::nullopt, {}};
        RD_TRY(describe(db, row));
        list.rows.append(std::move(row));
    }
    return list;
}

} // namespace syncconflicts

SyncConflictModel::SyncConflictModel(DisplayContext display, Profile profile, QObject *parent)
    : QAbstractTableModel(parent), m_display(std::move(display)), m_profile(profile)
{
}

int SyncConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncConflictRow &row = m_rows.at(index.row());
    if (role == CommandIdRole)
        return row.conflict.commandId;
    // Long bookings and reasons are elided in their cells: the tooltip has them whole.
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return row.conflict.message;
    if (role == Qt::ToolTipRole && index.column() == BookingColumn)
        return bookingText(row);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        if (role == Qt::EditRole)
            return row.conflict.createdAt;
        return m_display.dateTime(row.conflict.createdAt);
    case WhatColumn: return kindName(row.conflict.kind);
    case BookingColumn: return bookingText(row);
    case ReasonColumn: return row.conflict.message;
    default: return {};
    }
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case WhatColumn: return tr("What");
    case BookingColumn: return tr("Booking");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

void SyncConflictModel::setRows(QList<SyncConflictRow> rows)
{
    // The engine reports often and mostly nothing changed: the same conflicts in the same
    // order are refreshed in place, so the view keeps its selection and scroll position.
    const bool sameConflicts = std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(), rows.cend(),
                                          [](const SyncConflictRow &a, const SyncConflictRow &b) {
                                              return a.conflict.commandId == b.conflict.commandId;
                                          });
    if (sameConflicts) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SyncConflictModel::removeConflict(const QUuid &commandId)
{
    const int row = rowOf(commandId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int SyncConflictModel::rowOf(const QUuid &commandId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).conflict.commandId == commandId)
            return row;
    return -1;
}

QString SyncConflictModel::kindName(const QString &kind) const
{
    if (kind == synccommands::Hold)
        return tr("New booking");
    if (kind == synccommands::Confirm)
        return tr("Confirmation");
    if (kind == synccommands::Start)
        return profiles::startFulfilmentVerb(m_profile);
    if (kind == synccommands::Finish)
        return profiles::finishFulfilmentVerb(m_profile);
    if (kind == synccommands::Cancel)
        return tr("Cancellation");
    if (kind == QLatin1StringView("payment.record"))
        return tr("Payment");
    if (kind == QLatin1StringView("customer.register"))
        return tr("New customer");
    return kind;
}

QString SyncConflictModel::bookingText(const SyncConflictRow &row) const
{
    QStringList parts;
    if (!row.resourceName.isEmpty())
        parts << row.resourceName;
    if (!row.customerName.isEmpty())
        parts << row.customerName;
    if (row.reservation) {
        parts << m_display.period(row.reservation->period);
        if (row.reservation->quantity > 1)
            parts << tr("%1 × %2", "quantity × what it counts, e.g. 2 × Seats")
                         .arg(row.reservation->quantity)
                         .arg(profiles::unitNoun(row.resourceProfile.value_or(m_profile)));
    }
    return parts.isEmpty() ? tr("(no longer on this counter)") : parts.join(QStringLiteral(" · "));
}
