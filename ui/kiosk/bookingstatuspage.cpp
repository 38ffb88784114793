#include "bookingstatuspage.h"

#include "api/session.h"
#include "domain/lifecycle.h"
#include "kioskstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BookingStatusPage::BookingStatusPage(Session &session, const UiContext &context, QWidget *parent)
    : KioskPage(parent), m_session(session), m_context(context)
{
    setObjectName(QStringLiteral("statusPage"));
    m_title = kioskstyle::title(QStringLiteral("statusTitle"), this);
    m_details = kioskstyle::text(QStringLiteral("bookingDetails"), this);
    m_status = kioskstyle::title(QStringLiteral("bookingStatus"), this);
    m_question = kioskstyle::text(QStringLiteral("cancelQuestion"), this);
    m_result = kioskstyle::text(QStringLiteral("cancelResult"), this);
    m_cancel = kioskstyle::button(QStringLiteral("cancelBooking"), this);
    m_confirmCancel = kioskstyle::button(QStringLiteral("confirmCancel"), this, true);
    m_keep = kioskstyle::button(QStringLiteral("keepBooking"), this);
    m_done = kioskstyle::button(QStringLiteral("statusDone"), this, true);

    auto *question = new QHBoxLayout;
    question->addWidget(m_confirmCancel);
    question->addWidget(m_keep);
    question->addStretch();
    QHBoxLayout *buttons = kioskstyle::backAndNextRow(m_cancel, m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addSpacing(24);
    layout->addWidget(m_question);
    layout->addLayout(question);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_asking = true;
        retranslate();
    });
    connect(m_keep, &QPushButton::clicked, this, [this]() {
        m_asking = false;
        retranslate();
    });
    connect(m_confirmCancel, &QPushButton::clicked, this, &BookingStatusPage::cancel);
    connect(m_done, &QPushButton::clicked, this, &BookingStatusPage::done);
    clear();
}

bool BookingStatusPage::cancellable(ReservationStatus status)
{
    return status == ReservationStatus::Held || status == ReservationStatus::Confirmed;
}

void BookingStatusPage::clear()
{
    ++m_generation;
    m_booking.reset();
    m_asking = false;
    m_cancelling = false;
    m_message.clear();
    retranslate();
}

void BookingStatusPage::showBooking(const bookinglookup::FoundBooking &booking)
{
    clear();
    m_booking = booking;
    retranslate();
}

void BookingStatusPage::cancel()
{
    if (!m_booking || m_cancelling)
        return;
    const quint64 generation = ++m_generation;
    m_cancelling = true;
    retranslate();
    m_session.cancel(m_booking->reservation.id).then(this, [this, generation](const Result<Reservation> &cancelled) {
        if (generation != m_generation)
            return;
        m_cancelling = false;
        m_asking = false;
        if (!cancelled) {
            m_message = cancelled.error().message;
        } else {
            m_booking->reservation = cancelled.value();
            m_message = tr("Your booking is cancelled.");
            if (cancelled->paymentStatus == PaymentStatus::Refunded)
                m_message += u' ' + tr("The payment goes back to your card.");
        }
        retranslate();
    });
}

void BookingStatusPage::retranslate()
{
    m_title->setText(tr("Your booking"));
    if (m_booking) {
        const Reservation &r = m_booking->reservation;
        m_details->setText(tr("%1 for %2\n%3 · %5: %4\n%6")
                               .arg(m_booking->resourceName, m_booking->customerName, m_context.display.period(r.period),
                                    m_context.display.locale.toString(r.quantity), profiles::unitNoun(m_context.profile),
                                    m_context.display.money(r.amount)));
        QString status = tr("%1 — %2").arg(lifecycle::displayName(r.status, m_context.profile),
                                           lifecycle::displayName(r.paymentStatus));
        if (!status.isEmpty())
            status[0] = status[0].toUpper(); // a heading here; the names are made for the middle of a sentence
        m_status->setText(status);
    } else {
        m_details->clear();
        m_status->clear();
    }
    const bool canCancel = m_booking && cancellable(m_booking->reservation.status);
    m_cancel->setVisible(canCancel && !m_asking);
    m_cancel->setEnabled(!m_cancelling);
    m_question->setVisible(canCancel && m_asking);
    m_confirmCancel->setVisible(canCancel && m_asking);
    m_keep->setVisible(canCancel && m_asking);
    m_confirmCancel->setEnabled(!m_cancelling);
    m_keep->setEnabled(!m_cancelling);
    m_question->setText(tr("Cancel this booking? This cannot be undone."));
    m_result->setText(m_cancelling ? tr("Cancelling…") : m_message);
    kioskstyle::setText(m_cancel, tr("Cancel booking"));
    kioskstyle::setText(m_confirmCancel, tr("Yes, cancel it"));
    kioskstyle::setText(m_keep, tr("No, keep it"));
    kioskstyle::setText(m_done, tr("Done"));
}
