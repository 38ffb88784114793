#pragma once

#include "kioskpage.h"
#include "queries/bookinglookup.h"
#include "uicontext.h"

class QLabel;
class QPushButton;
class Session;

// A booking the customer found with its code and phone: what, when, its status and payment,
// and "Cancel booking" while it may still be cancelled (held or confirmed), after asking.
class BookingStatusPage final : public KioskPage
{
    Q_OBJECT

public:
    BookingStatusPage(Session &session, const UiContext &context, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    void showBooking(const bookinglookup::FoundBooking &booking);

Q_SIGNALS:
    void done();

private:
    static bool cancellable(ReservationStatus status);
    void cancel();

    Session &m_session;
    const UiContext &m_context; // the window's: in the language the customer chose
    std::optional<bookinglookup::FoundBooking> m_booking;
    bool m_asking = false;
    bool m_cancelling = false;
    QString m_message;
    quint64 m_generation = 0;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_confirmCancel = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_done = nullptr;
};
