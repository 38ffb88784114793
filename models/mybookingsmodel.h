#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "domain/reservation.h"
#include "queries/mybookingsquery.h"

#include <QAbstractTableModel>

#include <optional>

// A customer's own bookings from the My-bookings read model, newest first: period,
// what was booked, quantity, amount, status and payment. The read model stores states as
// keys (lifecycle::key); they are shown with their translated names.
class MyBookingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, What, Quantity, Amount, Status, Payment, ColumnCount };
    static constexpr int ReservationIdRole = Qt::UserRole;

    // `profile`: the business, whose noun heads the column of what was booked.
    MyBookingsModel(DisplayContext display, Profile profile, QObject *parent = nullptr);

    void setBookings(const QList<MyBooking> &bookings);
    const MyBooking &bookingAt(int row) const { return m_bookings.at(row); }
    int rowOf(const QUuid &reservationId) const; // -1 when absent

    // The read model's keys back to the domain's values (nullopt for an unknown key).
    static std::optional<ReservationStatus> status(const QString &key);
    static std::optional<PaymentStatus> paymentStatus(const QString &key);
    static QString statusName(const QString &key, Profile profile);
    static QString paymentStatusName(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DisplayContext m_display;
    Profile m_profile;
    QList<MyBooking> m_bookings;
};
