#pragma once

#include "domain/payment.h"
#include "uicontext.h"

#include <QDialog>

#include <memory>

class Session;

// Paying one booking: the amount, the method (card through the gateway, cash, or pay
// later at the counter; staff enter the card terminal's token, a customer on their own
// device types their card, which goes only to the provider for a token), and the answer in plain words (approved, declined with the reason,
// or deferred: "pay a little later"). It also lists the booking's earlier payments and
// refunds. Open it with open(); it deletes itself when closed.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Session &session, const UiContext &context, const Reservation &reservation,
                  QWidget *parent = nullptr);
    ~PaymentDialog() override;

Q_SIGNALS:
    // The payment service answered (whatever the outcome); the dialog shows it too.
    void paid(const PaymentOutcome &outcome);

private:
    void buildMethods();
    void buildTerminalFields(QWidget *box);
    void methodChanged();
    void pay();
    // A customer's own card: first to the provider for a token, then paid with it.
    void payWithTypedCard();
    void submit(const PaymentRequest &request);
    void setWaiting(bool waiting);
    // Nothing was charged and the booking waits: `text`, and how long it is held.
    void showNotPaidYet(const QString &text, qint64 holdExpiresAt);
    // Refuses (inline, next to the card fields) what must never be sent: a missing token,
    // last digits that are not exactly four, anything that looks like a full card number.
    bool cardDetailsAcceptable();
    void showOutcome(const PaymentOutcome &outcome);
    void setPaidState(bool paid);
    // "Amount due", or "Paid" / "Refunded" once it is.
    void showAmount();
    void loadPayments();
    PaymentMethod chosenMethod() const;

    struct Widgets;
    std::unique_ptr<Widgets> m;
    Session &m_session;
    UiContext m_context;
    Reservation m_reservation;
    bool m_paying = false;
};
