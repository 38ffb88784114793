#pragma once

#include "queries/bookingqueries.h"
#include "uicontext.h"

#include <QFuture>
#include <QWidget>

#include <functional>

class QLabel;
class QFormLayout;
class QListWidget;
class QPushButton;
class QStackedLayout;
class Session;
class TaxiChooser;
struct BookingTimeline;
struct ChangeSet;
struct Payment;

// The right side of the Bookings screen: everything about one booking (who, what, when, how
// much, its state and where it was made), its history from the event log, its payments, and
// buttons for exactly the steps its state and the signed-in role allow. A step runs in the
// services; meanwhile the buttons are disabled, then the pane says what happened or why it
// was refused, and the buttons stay disabled for a double-click interval, so that one click
// is one step. It follows changes made anywhere (other counters, policies) by itself.
class BookingDetailPane final : public QWidget
{
    Q_OBJECT

public:
    BookingDetailPane(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~BookingDetailPane() override;

    // Shows `row` (the same booking again only updates what changed).
    void showBooking(const BookingRow &row);
    void clear();
    // The booking shown; null when none.
    QUuid bookingId() const;
    // Keyboard focus to the first step offered, or to the history when there is none.
    void focusFirstAction();

Q_SIGNALS:
    // The buttons take clicks again after a step (see run()).
    void actionsSettled();

private:
    QWidget *makeDetails();
    void showPage(bool details); // the details, or the placeholder
    QPushButton *makeAction(const QString &text, const QString &objectName, const QString &accessibleName);
    void render();
    void updateActions();
    void refresh();
    void onChanged(const ChangeSet &changes);
    void showTimeline(const BookingTimeline &timeline);
    void showPayments(const QList<Payment> &payments);
    void run(QFuture<Result<Reservation>> step, std::function<QString(const Reservation &)> describe);
    // Runs `step` (picking up, admitting, lending…) at once, or after asking when the booking
    // starts more than a day from now.
    void askIfEarly(std::function<void()> step);
    // Offers the free taxis while a taxi booking can be dispatched (read again when `reload`:
    // taxis come back from trips and go out on others).
    void updateTaxiChoice(bool reload);
    void startFulfilment();
    QString doneText(const Reservation &r) const; // what a step's success says
    void askCancel();
    void keepBooking();
    void pay();
    void say(const QString &text, bool error);

    Session &m_session;
    UiContext m_context;
    std::optional<BookingRow> m_row;
    quint64 m_generation = 0; // answers to older loads are dropped
    bool m_busy = false;
    bool m_asking = false;
    bool m_settling = false; // just after a step: see run()

    QStackedLayout *m_stack;
    QWidget *m_details = nullptr;
    QLabel *m_title;
    QLabel *m_code; // what the customer was given, and can be searched for
    QLabel *m_resourceCaption;
    QLabel *m_resource;
    QLabel *m_customer;
    QLabel *m_period;
    QLabel *m_quantity;
    QLabel *m_amount;
    QLabel *m_status;
    QLabel *m_payment;
    QLabel *m_origin;
    QLabel *m_whereCaption;
    QLabel *m_where;     // a taxi's trip, a product's delivery
    QLabel *m_taxiSent;  // the taxi dispatched
    QFormLayout *m_form;
    TaxiChooser *m_taxis; // which taxi a dispatch sends
    QUuid m_taxisFor;     // the booking the chooser was loaded for
    QPushButton *m_confirm;
    QPushButton *m_start;
    QPushButton *m_finish;
    QPushButton *m_cancel;
    QPushButton *m_pay;
    QWidget *m_question;
    QLabel *m_questionText;
    QPushButton *m_yesCancel;
    QPushButton *m_keep;
    QLabel *m_message;
    QListWidget *m_timeline;
    QListWidget *m_payments;
};
