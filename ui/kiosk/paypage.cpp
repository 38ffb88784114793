#include "paypage.h"

#include "domain/money.h"
#include "kioskstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PayPage::PayPage(const UiContext &context, QWidget *parent) : KioskPage(parent), m_context(context)
{
    setObjectName(QStringLiteral("payPage"));
    m_title = kioskstyle::title(QStringLiteral("payTitle"), this);
    m_summary = kioskstyle::text(QStringLiteral("paySummary"), this);
    m_amount = kioskstyle::title(QStringLiteral("payAmount"), this);
    m_message = kioskstyle::text(QStringLiteral("payMessage"), this);
    m_card = kioskstyle::button(QStringLiteral("payByCard"), this, true);
    m_counter = kioskstyle::button(QStringLiteral("payAtCounter"), this);
    for (QPushButton *b : {m_card, m_counter})
        kioskstyle::setLarge(b);
    m_startOver = kioskstyle::button(QStringLiteral("payStartOver"), this);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(32);
    choices->addWidget(m_card, 1);
    choices->addWidget(m_counter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startOver);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_amount);
    layout->addSpacing(24);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_card, &QPushButton::clicked, this, &PayPage::payByCardRequested);
    connect(m_counter, &QPushButton::clicked, this, &PayPage::payAtCounterRequested);
    connect(m_startOver, &QPushButton::clicked, this, &PayPage::startOverRequested);
    clear();
}

void PayPage::clear()
{
    m_booking = {};
    m_problem.clear();
    m_busy = false;
    retranslate();
}

void PayPage::showBooking(const KioskBooking &booking)
{
    m_booking = booking;
    m_problem.clear();
    retranslate();
}

void PayPage::setBusy(bool busy)
{
    m_busy = busy;
    retranslate();
}

void PayPage::showCardProblem(const QString &reason, bool declined)
{
    m_problem = reason;
    m_declined = declined;
    retranslate();
}

void PayPage::retranslate()
{
    m_title->setText(tr("Pay"));
    if (m_booking.reservation) {
        const QString what = m_booking.choice ? m_booking.choice->name : QString();
        // "Avante · Cars: 1": the profile's unit noun is a heading, not a word to count with.
        m_summary->setText(tr("%1 · %3: %2\n%4 · %5")
                               .arg(what, m_context.display.locale.toString(m_booking.reservation->quantity),
                                    profiles::unitNoun(m_context.profile), m_context.display.period(m_booking.reservation->period),
                                    m_booking.name));
        m_amount->setText(m_context.display.money(m_booking.reservation->amount));
    } else {
        m_summary->clear();
        m_amount->clear();
    }
    if (m_busy)
        m_message->setText(tr("Please follow the card terminal…"));
    else if (!m_problem.isEmpty())
        m_message->setText(m_problem + u'\n'
                           + (m_declined ? tr("Try another card, or pay at the counter: your booking is kept for you.")
                                         : tr("Please pay at the counter: your booking is kept for you.")));
    else
        m_message->setText(tr("Hold your card to the terminal after pressing \"Pay by card\"."));
    // After a card problem the counter is the way on: it becomes the main button.
    const bool counterFirst = !m_problem.isEmpty();
    kioskstyle::setPrimary(m_card, !counterFirst);
    kioskstyle::setPrimary(m_counter, counterFirst);
    kioskstyle::setText(m_card, !counterFirst ? tr("Pay by card") : m_declined ? tr("Try another card") : tr("Try the card again"));
    kioskstyle::setText(m_counter, tr("Pay at the counter"));
    kioskstyle::setText(m_startOver, tr("Cancel and start over"));
    m_card->setEnabled(!m_busy);
    m_counter->setEnabled(!m_busy);
    m_startOver->setEnabled(!m_busy);
}
