#include "utilisationmodel.h"

namespace {
constexpr double SecondsPerDay = 24.0 * 60 * 60;
}

UtilisationModel::UtilisationModel(DisplayContext display, QObject *parent)
    : QAbstractTableModel(parent), m_display(std::move(display))
{
}

void UtilisationModel::setRows(const QList<ResourceUtilisation> &rows)
{
    // Same resources in the same order (a refresh after a change): repaint the values only,
    // so the view keeps its selection and scroll position.
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const auto &a, const auto &b) { return a.resourceId == b.resourceId; });
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int UtilisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UtilisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UtilisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceUtilisation &r = m_rows.at(index.row());
    const double bookedDays = double(r.bookedUnitSeconds) / SecondsPerDay;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return r.name;
        case Capacity: return r.capacity;
        case Booked: return r.bookedUnitSeconds;
        case Utilisation: return r.utilisation;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return m_display.resourceName(r.name, r.profile, r.session, true); // sessions apart by date, time, hall
    case Capacity: return m_display.locale.toString(r.capacity);
    case Booked: return m_display.locale.toString(bookedDays, 'f', 1);
    case Utilisation: return QString(m_display.locale.toString(r.utilisation * 100, 'f', 1) + m_display.locale.percent());
    }
    return {};
}

QVariant UtilisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Capacity: return tr("Capacity");
    case Booked: return tr("Booked (unit-days)");
    case Utilisation: return tr("Utilisation");
    }
    return {};
}
