#pragma once

#include "bookingflow.h"
#include "kioskpage.h"
#include "uicontext.h"

class QLabel;
class QPushButton;

// Paying the held booking: by card on the terminal beside the kiosk, or at the counter
// (always offered, and offered first once a card was declined or could not be charged).
class PayPage final : public KioskPage
{
    Q_OBJECT

public:
    PayPage(const UiContext &context, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    void showBooking(const KioskBooking &booking);
    void setBusy(bool busy);
    // The card did not go through: why, in words for the customer, and the counter as the
    // way on. `declined`: another card may work; otherwise the same card may, a little later.
    void showCardProblem(const QString &reason, bool declined);

Q_SIGNALS:
    void payByCardRequested();
    void payAtCounterRequested();
    void startOverRequested();

private:
    const UiContext &m_context; // the window's: in the language the customer chose
    KioskBooking m_booking;
    QString m_problem;
    bool m_declined = false;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_card = nullptr;
    QPushButton *m_counter = nullptr;
    QPushButton *m_startOver = nullptr;
};
