#pragma once

#include "queries/customernotificationsquery.h"
#include "uicontext.h"

#include <QUuid>
#include <QWidget>

class BookingTimelineModel;
class MyBookingsModel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;
class Session;
struct ChangeSet;
struct MyBooking;

// A customer's own bookings, newest first, from the My-bookings read model. Selecting one
// shows how it went so far (its timeline) and what the shop told the customer about it, and
// offers what the customer may still do: cancel it (after asking) while it is held or
// confirmed, or pay it while it is unpaid, to be paid later or declined. Everything shown
// belongs to the signed-in customer: the session decides whose bookings these are.
class MyBookingsPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 200;

    MyBookingsPage(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~MyBookingsPage() override;

    // The booking shown in the detail part (null when none).
    QUuid shownBooking() const { return m_shown; }

Q_SIGNALS:
    // The list was (re)loaded and is on screen.
    void bookingsShown();
    // The notifications of the shown booking are on screen.
    void notificationsShown();

public Q_SLOTS:
    void reload();

private:
    void onChanged(const ChangeSet &changes);
    void onCurrentRowChanged();
    void showBooking(const MyBooking *booking);
    void loadNotifications(const QUuid &reservationId);
    void showNotifications(const QList<CustomerNotification> &notifications);
    void askToCancel();
    void cancelShown();
    void payShown();
    void showError(const QString &message);

    Session &m_session;
    UiContext m_context;
    MyBookingsModel *m_model;
    BookingTimelineModel *m_timeline;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_code; // the booking code, to quote at the counter or the kiosk
    QLabel *m_where; // a trip's or a delivery's particulars
    QPushButton *m_cancel;
    QPushButton *m_pay;
    QLabel *m_error;
    QTableView *m_timelineView;
    QTreeWidget *m_notifications;
    QTimer *m_refresh;
    QUuid m_shown;
    quint64 m_generation = 0;
    quint64 m_notificationGeneration = 0;
};
