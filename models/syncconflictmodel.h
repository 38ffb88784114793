#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "domain/reservation.h"
#include "sync/clientsync.h"

#include <QAbstractTableModel>

#include <optional>

// One change the server refused, with what staff need to recognise it: for a booking the
// booking itself (period, quantity), its resource and its customer.
struct SyncConflictRow final
{
    clientsync::Conflict conflict;
    std::optional<Reservation> reservation; // when the command was about a booking
    QString resourceName;
    std::optional<Profile> resourceProfile;
    QString customerName;
};

struct SyncConflictList final
{
    QList<SyncConflictRow> rows; // newest first, at most the asked limit
    qint64 total = 0;            // every unresolved conflict
};

namespace syncconflicts {
// On a reader: the newest unresolved conflicts and the names that go with them. There are
// only ever a few, so each row looks its booking, resource and customer up by id.
Result<SyncConflictList> load(const QSqlDatabase &db, int limit);
} // namespace syncconflicts

// The Sync screen's list of refused changes: when, what it was (a new booking, a payment,
// …), which booking (resource, customer, period) and the server's reason. The screen loads
// the rows (syncconflicts::load) and hands them over with setRows.
class SyncConflictModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, BookingColumn, ReasonColumn, ColumnCount };
    static constexpr int CommandIdRole = Qt::UserRole + 1;

    SyncConflictModel(DisplayContext display, Profile profile, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(QList<SyncConflictRow> rows);
    // Takes one conflict out at once (it was resolved), before the next reload confirms it.
    void removeConflict(const QUuid &commandId);
    const SyncConflictRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &commandId) const; // -1 when absent

    // "New booking", "Payment", the profile's "Pick-up", … for a command kind.
    QString kindName(const QString &kind) const;
    // "Avante · Kim Minji · 15/01/2027 17:00 – 17/01/2027 17:00 · 2 seats", as far as known.
    QString bookingText(const SyncConflictRow &row) const;

private:
    DisplayContext m_display;
    Profile m_profile;
    QList<SyncConflictRow> m_rows;
};
