#include "bookingtimelinemodel.h"

#include "domain/domainevent.h"
#include "mybookingsmodel.h"

BookingTimelineModel::BookingTimelineModel(DisplayContext display, QObject *parent)
    : QAbstractTableModel(parent), m_display(std::move(display))
{
}

void BookingTimelineModel::setTimeline(const QList<TimelineEntry> &entries, Profile profile)
{
    if (entries == m_entries && profile == m_profile)
        return; // a refresh that changed nothing keeps the view as it is
    beginResetModel();
    m_entries = entries;
    m_profile = profile;
    endResetModel();
}

QString BookingTimelineModel::eventName(const QString &type, Profile profile)
{
    if (type == events::ReservationHeld)
        return tr("Booked and held");
    if (type == events::ReservationConfirmed)
        return tr("Confirmed");
    if (type == events::FulfilmentStarted)
        return tr("Started (%1)").arg(profiles::startFulfilmentVerb(profile).toLower());
    if (type == events::FulfilmentFinished)
        return tr("Finished (%1)").arg(profiles::finishFulfilmentVerb(profile).toLower());
    if (type == events::ReservationCancelled)
        return tr("Cancelled");
    if (type == events::ReservationForceCancelled)
        return tr("Cancelled by the shop");
    if (type == events::HoldExpired)
        return tr("Expired unpaid");
    if (type == events::ReservationRejected)
        return tr("Not accepted");
    if (type == events::PaymentApproved)
        return tr("Paid");
    if (type == events::PaymentDeclined)
        return tr("Payment declined");
    if (type == events::PaymentDeferred)
        return tr("Payment deferred");
    if (type == events::PaymentRefunded)
        return tr("Refunded");
    return type;
}

int BookingTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BookingTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case When: return m_display.dateTime(e.occurredAt);
    case Event: return eventName(e.eventType, m_profile);
    case Status: return MyBookingsModel::statusName(e.status, m_profile);
    case Payment: return MyBookingsModel::paymentStatusName(e.paymentStatus);
    }
    return {};
}

QVariant BookingTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Event: return tr("What happened");
    case Status: return tr("Status");
    case Payment: return tr("Payment");
    }
    return {};
}
