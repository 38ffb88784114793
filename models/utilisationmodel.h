#pragma once

#include "displaycontext.h"
#include "queries/dashboardquery.h"

#include <QAbstractTableModel>

// The dashboard's most used resources: name, capacity, booked unit-days and utilisation.
// SortRole gives raw numbers so a QSortFilterProxyModel sorts 9 % below 10 %.
class UtilisationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Capacity, Booked, Utilisation, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit UtilisationModel(DisplayContext display, QObject *parent = nullptr);

    void setRows(const QList<ResourceUtilisation> &rows);
    const ResourceUtilisation &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DisplayContext m_display;
    QList<ResourceUtilisation> m_rows;
};
