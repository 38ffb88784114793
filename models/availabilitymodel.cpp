#include "availabilitymodel.h"

AvailabilityModel::AvailabilityModel(DisplayContext display, Profile profile, QObject *parent)
    : QAbstractTableModel(parent), m_display(std::move(display)), m_profile(profile)
{
}

int AvailabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AvailabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Availability &row = m_rows.at(index.row());
    if (role == ResourceIdRole)
        return row.resourceId;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return label(row, m_display);
        break;
    case FreeColumn:
        if (role == Qt::DisplayRole)
            return row.capacity > 1 ? tr("%1 of %2").arg(row.free).arg(row.capacity) : QString::number(row.free);
        if (role == Qt::EditRole)
            return row.free;
        if (role == Qt::AccessibleTextRole)
            return tr("%1 free").arg(row.free);
        break;
    case PriceColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_display.money(row.price);
        if (role == Qt::EditRole)
            return row.price.minor;
        break;
    default:
        break;
    }
    return {};
}

QVariant AvailabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return profiles::resourceNoun(m_profile);
    case FreeColumn: return tr("Free %1").arg(profiles::unitNoun(m_profile));
    case PriceColumn: return tr("Price");
    default: return {};
    }
}

QString AvailabilityModel::label(const Availability &row, const DisplayContext &display)
{
    return row.profile == Profile::Exhibition ? display.session(row.name, row.period, row.hall) : row.name;
}

void AvailabilityModel::setRows(QList<Availability> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AvailabilityModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AvailabilityModel::rowOf(const QUuid &resourceId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).resourceId == resourceId)
            return row;
    return -1;
}

void AvailabilityModel::setDisplay(DisplayContext display)
{
    m_display = std::move(display);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
