#include "bookingconfirmation.h"

#include "api/session.h"
#include "domain/lifecycle.h"
#include "paymentdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

BookingConfirmation::BookingConfirmation(Session &session, const UiContext &context, QWidget *parent)
    : QFrame(parent), m_session(session), m_context(context), m_text(new QLabel(this)),
      m_pay(new QPushButton(tr("Pa&y now…"), this))
{
    setObjectName(QStringLiteral("confirmation"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("confirmationText"));
    m_text->setAccessibleName(tr("Booking"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pay->setObjectName(QStringLiteral("payNow"));
    m_pay->setAccessibleName(tr("Pay now"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_pay, 0, Qt::AlignTop);
    connect(m_pay, &QPushButton::clicked, this, &BookingConfirmation::openPayment);
    connect(&session.backend().executor(), &CommandExecutor::changed, this, [this](const ChangeSet &changes) {
        if (m_reservation && changes.reservations.contains(m_reservation->id))
            reload();
    });
    hide();
}

void BookingConfirmation::showBooking(const Reservation &reservation, const QString &resourceName)
{
    m_reservation = reservation;
    m_resourceName = resourceName;
    m_lastOutcome.clear();
    render();
    QFrame::show();
}

void BookingConfirmation::openPayment()
{
    if (!m_reservation)
        return;
    auto *dialog = new PaymentDialog(m_session, m_context, *m_reservation, this);
    connect(dialog, &PaymentDialog::paid, this, [this](const PaymentOutcome &outcome) {
        m_lastOutcomeStatus = outcome.paymentStatus;
        switch (outcome.paymentStatus) {
        case PaymentStatus::Approved: m_lastOutcome = tr("Payment approved."); break;
        case PaymentStatus::Declined:
            m_lastOutcome = tr("Payment declined: %1").arg(outcome.reason);
            break;
        case PaymentStatus::Deferred: m_lastOutcome = outcome.reason; break;
        default: m_lastOutcome.clear(); break;
        }
        reload();
        Q_EMIT paymentAnswered(outcome);
    });
    dialog->open();
}

void BookingConfirmation::reload()
{
    if (!m_reservation)
        return;
    const QUuid id = m_reservation->id;
    m_session.findReservation(id).then(this, [this, id](const Result<std::optional<Reservation>> &found) {
        if (!m_reservation || m_reservation->id != id || !found || !found->has_value())
            return;
        m_reservation = found->value();
        render();
    });
}

void BookingConfirmation::render()
{
    const Reservation &r = *m_reservation;
    QStringList lines;
    lines << tr("%1: %2 (%3: %4)")
                 .arg(m_resourceName, m_context.display.period(r.period), profiles::unitNoun(m_context.profile))
                 .arg(r.quantity);
    lines << tr("Amount: %1 (%2)").arg(m_context.display.money(r.amount), lifecycle::displayName(r.paymentStatus));
    // The payment's answer is said only while it is still the booking's payment state: once
    // the booking is cancelled and refunded, "Payment approved." would tell the opposite.
    if (!m_lastOutcome.isEmpty() && r.paymentStatus == m_lastOutcomeStatus)
        lines << m_lastOutcome;

    const bool open = r.status == ReservationStatus::Held || r.status == ReservationStatus::Confirmed;
    const bool paid = r.paymentStatus == PaymentStatus::Approved;
    const bool needsPayment = open && !paid && r.paymentStatus != PaymentStatus::Refunded && r.amount.minor > 0;
    if (!open && r.paymentStatus == PaymentStatus::Refunded) {
        lines << tr("This booking is %1 and its payment refunded.").arg(lifecycle::displayName(r.status, m_context.profile));
    } else if (!open) {
        lines << tr("This booking is %1.").arg(lifecycle::displayName(r.status, m_context.profile));
    } else if (r.status == ReservationStatus::Confirmed) {
        lines << (needsPayment ? tr("Confirmed. Payment is still due.") : tr("Confirmed. Nothing else to do."));
    } else if (paid) {
        lines << tr("Paid. The dispatcher will confirm the booking.");
    } else if (r.holdExpiresAt > 0) {
        const qint64 minutes = (m_session.backend().executor().settings().holdSeconds + 59) / 60;
        lines << tr("Not paid yet: the hold lasts %n minute(s), until %1. Pay to keep it.", nullptr, int(minutes))
                     .arg(m_context.display.dateTime(r.holdExpiresAt));
        if (!profiles::traits(m_context.profile).confirmsWhenPaid)
            lines << tr("After payment the dispatcher confirms the booking.");
    }
    m_text->setText(lines.join(u'\n'));
    m_pay->setVisible(needsPayment);
}
