#pragma once

#include "domain/payment.h"
#include "uicontext.h"

#include <QFrame>

class QLabel;
class QPushButton;
class Session;

// What the Book screen says once a booking is held: what was booked, the amount, and what
// happens next (pay now; an unpaid hold lasts only so long; a taxi waits for the
// dispatcher). "Pay now" opens the payment dialog; the text follows the booking's state
// after paying, and whenever the booking changes.
class BookingConfirmation final : public QFrame
{
    Q_OBJECT

public:
    BookingConfirmation(Session &session, const UiContext &context, QWidget *parent = nullptr);

    void showBooking(const Reservation &reservation, const QString &resourceName);
    std::optional<Reservation> reservation() const { return m_reservation; }
    void openPayment();

Q_SIGNALS:
    // The payment dialog answered (whatever the outcome).
    void paymentAnswered(const PaymentOutcome &outcome);

private:
    void render();
    void reload();

    Session &m_session;
    UiContext m_context;
    QLabel *m_text;
    QPushButton *m_pay;
    std::optional<Reservation> m_reservation;
    QString m_resourceName;
    QString m_lastOutcome;
    PaymentStatus m_lastOutcomeStatus = PaymentStatus::Unpaid;
};
