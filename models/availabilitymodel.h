#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "queries/availabilityquery.h"

#include <QAbstractTableModel>

// What the Book screen found free for the asked period and quantity: the resource, how many
// units are still free (seats, taxis, units) and what the asked booking would cost. The
// screen runs the search (Session::availability) and hands the answer over with setRows; the
// model only shows it, so the kiosk can reuse it.
class AvailabilityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FreeColumn, PriceColumn, ColumnCount };
    // The resource id of a row, for keeping the selection across a refresh.
    static constexpr int ResourceIdRole = Qt::UserRole + 1;

    AvailabilityModel(DisplayContext display, Profile profile, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // How a row names what it offers: an exhibition session with its date, time and hall,
    // which tell repeated sessions of one exhibition apart.
    static QString label(const Availability &row, const DisplayContext &display);

    void setRows(QList<Availability> rows);
    // Another language's formats for dates and money (the kiosk's customer chose it).
    void setDisplay(DisplayContext display);
    void clear();
    const Availability &rowAt(int row) const { return m_rows.at(row); }
    // -1 when the resource is not (or no longer) offered.
    int rowOf(const QUuid &resourceId) const;

private:
    DisplayContext m_display;
    Profile m_profile;
    QList<Availability> m_rows;
};
