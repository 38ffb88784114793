#pragma once

#include "domain/customer.h"
#include "domain/payment.h"
#include "domain/profile.h"
#include "queries/availabilityquery.h"
#include "receipt.h"

#include <QObject>

#include <optional>

class CardTerminal;
class Session;

// What one kiosk customer has chosen and typed so far, and what came of it.
struct KioskBooking final
{
    Period period;
    qint64 quantity = 1;
    std::optional<Availability> choice;
    QString name;
    QString phone;
    QJsonObject details; // a taxi's pickup and destination, a delivery's address and slot
    std::optional<Customer> customer;
    std::optional<Reservation> reservation;
    std::optional<PaymentOutcome> outcome;
    bool paidAtCounter = false;
};

// The booking half of the kiosk, without widgets: search, hold for a new customer, pay by
// card (through the card terminal) or at the counter, and forget it all again. Each answer
// comes back as a signal with an empty error or the customer-readable reason; answers that
// arrive after reset() are dropped.
class BookingFlow final : public QObject
{
    Q_OBJECT

public:
    BookingFlow(Session &session, Profile profile, CardTerminal &terminal, QObject *parent = nullptr);

    const KioskBooking &booking() const { return m_booking; }
    bool isBusy() const { return m_busy; }

    void search(const Period &period, qint64 quantity);
    void choose(const Availability &choice);
    // Where the booking goes (a taxi's trip, a delivery), when the business asks.
    void setDetails(const QJsonObject &details) { m_booking.details = details; }
    // Registers the customer (once per name and phone) and holds the chosen resource.
    void hold(const QString &name, const QString &phone);
    void payByCard();
    void payAtCounter();
    // The booking has a code the customer takes away (paid, or to pay at the counter).
    bool isDone() const;
    Receipt receipt(const QString &shopName) const;
    // Forgets everything. A held booking the customer never got a code for is cancelled, so
    // its capacity (and any card charge still waiting for the provider) does not linger.
    void reset();

Q_SIGNALS:
    void searched(const QList<Availability> &rows, const QString &error);
    void held(const QString &error);
    // The outcome is in booking().outcome; `error` when the payment could not be tried.
    void paid(const QString &error);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void holdFor(const Customer &customer);
    void pay(const PaymentRequest &request);

    Session &m_session;
    Profile m_profile;
    CardTerminal &m_terminal;
    KioskBooking m_booking;
    quint64 m_generation = 0;
    bool m_busy = false;
};
