#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "queries/mybookingsquery.h"

#include <QAbstractTableModel>

// One booking's history as its customer follows it, oldest first: when, what happened (in
// the shop's vocabulary), and the status and payment it left the booking in.
class BookingTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Event, Status, Payment, ColumnCount };

    explicit BookingTimelineModel(DisplayContext display, QObject *parent = nullptr);

    void setTimeline(const QList<TimelineEntry> &entries, Profile profile);
    void clear() { setTimeline({}, m_profile); }

    // What an event type means for the customer ("Paid", "Picked up", …).
    static QString eventName(const QString &eventType, Profile profile);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DisplayContext m_display;
    QList<TimelineEntry> m_entries;
    Profile m_profile = Profile::Car;
};
