#include "bookingflow.h"

#include "api/session.h"
#include "cardterminal.h"
#include "queries/bookinglookup.h"

#include <QtConcurrent/QtConcurrentRun>

BookingFlow::BookingFlow(Session &session, Profile profile, CardTerminal &terminal, QObject *parent)
    : QObject(parent), m_session(session), m_profile(profile), m_terminal(terminal)
{
}

void BookingFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void BookingFlow::search(const Period &period, qint64 quantity)
{
    m_booking.period = period;
    m_booking.quantity = quantity;
    m_booking.choice.reset();
    const quint64 generation = ++m_generation;
    setBusy(true);
    m_session.availability(period, quantity, m_profile)
        .then(this, [this, generation](const Result<QList<Availability>> &found) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!found)
                Q_EMIT searched({}, found.error().message);
            else
                Q_EMIT searched(found.value(), {});
        });
}

void BookingFlow::choose(const Availability &choice)
{
    m_booking.choice = choice;
    m_booking.period = choice.period; // an exhibition session books its own slot
}

void BookingFlow::hold(const QString &name, const QString &phone)
{
    if (m_busy || !m_booking.choice)
        return;
    m_booking.name = name.simplified();
    m_booking.phone = phone.trimmed();
    if (m_booking.customer && m_booking.customer->data.name == m_booking.name
        && m_booking.customer->data.phone == m_booking.phone) {
        holdFor(*m_booking.customer);
        return;
    }
    const quint64 generation = m_generation;
    setBusy(true);
    m_session.registerCustomer(CustomerDraft{m_booking.name, m_booking.phone, {}})
        .then(this, [this, generation](const Result<Customer> &registered) {
            if (generation != m_generation)
                return;
            if (!registered) {
                setBusy(false);
                Q_EMIT held(registered.error().message);
                return;
            }
            m_booking.customer = registered.value();
            holdFor(registered.value());
        });
}

void BookingFlow::holdFor(const Customer &customer)
{
    const quint64 generation = m_generation;
    setBusy(true);
    const HoldRequest request{QUuid(), m_booking.choice->resourceId, customer.id, m_booking.quantity,
                              m_booking.period.start, m_booking.period.end, m_booking.details};
    m_session.hold(request).then(this, [this, generation](const Result<Reservation> &reservation) {
        if (generation != m_generation) {
            // The customer had gone before the hold was made: give the capacity back.
            if (reservation)
                m_session.cancel(reservation->id);
            return;
        }
        setBusy(false);
        if (!reservation) {
            Q_EMIT held(reservation.error().message);
            return;
        }
        m_booking.reservation = reservation.value();
        m_booking.outcome.reset();
        Q_EMIT held({});
    });
}

void BookingFlow::payByCard()
{
    if (m_busy || !m_booking.reservation)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true);
    // A real terminal waits for the customer's card: never on the GUI thread.
    QtConcurrent::run([&terminal = m_terminal]() { return terminal.read(); })
        .then(this, [this, generation](const std::optional<CardReading> &card) {
            if (generation != m_generation)
                return;
            if (!card) {
                setBusy(false);
                Q_EMIT paid(tr("No card was read. Try again, or pay at the counter."));
                return;
            }
            PaymentRequest request{m_booking.reservation->id, PaymentMethod::Card, card->token, card->brand,
                                   card->last4};
            pay(request);
        });
}

void BookingFlow::payAtCounter()
{
    if (m_busy || !m_booking.reservation)
        return;
    ++m_generation;
    setBusy(true);
    pay(PaymentRequest{m_booking.reservation->id, PaymentMethod::PayAtCounter, {}, {}, {}});
}

void BookingFlow::pay(const PaymentRequest &request)
{
    const quint64 generation = m_generation;
    m_session.pay(request).then(this, [this, generation, request](const Result<PaymentOutcome> &outcome) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!outcome) {
            Q_EMIT paid(outcome.error().message);
            return;
        }
        m_booking.outcome = outcome.value();
        m_booking.paidAtCounter = request.method == PaymentMethod::PayAtCounter;
        if (m_booking.reservation)
            m_booking.reservation->paymentStatus = outcome->paymentStatus;
        Q_EMIT paid({});
    });
}

bool BookingFlow::isDone() const
{
    if (!m_booking.reservation || !m_booking.outcome)
        return false;
    return m_booking.outcome->paymentStatus == PaymentStatus::Approved
        || (m_booking.paidAtCounter && m_booking.outcome->paymentStatus == PaymentStatus::Deferred);
}

Receipt BookingFlow::receipt(const QString &shopName) const
{
    Receipt r;
    r.shopName = shopName;
    if (!m_booking.reservation)
        return r;
    r.bookingCode = bookingcodes::codeFor(m_booking.reservation->id);
    r.resourceName = m_booking.choice ? m_booking.choice->name : QString();
    r.customerName = m_booking.name;
    r.period = m_booking.reservation->period;
    r.quantity = m_booking.reservation->quantity;
    r.amount = m_booking.reservation->amount;
    r.paymentStatus = m_booking.outcome ? m_booking.outcome->paymentStatus : PaymentStatus::Unpaid;
    return r;
}

void BookingFlow::reset()
{
    if (m_booking.reservation && !isDone()) {
        // Nobody waits for the answer: the customer has gone. A failure leaves an unpaid hold,
        // which expires by itself.
        m_session.cancel(m_booking.reservation->id);
    }
    ++m_generation;
    m_booking = KioskBooking{};
    setBusy(false);
}
