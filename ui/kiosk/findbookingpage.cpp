#include "findbookingpage.h"

#include "api/session.h"
#include "domain/customer.h"
#include "kioskstyle.h"
#include "onscreenkeyboard.h"
#include "twofieldentry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

FindBookingPage::FindBookingPage(Session &session, QWidget *parent) : KioskPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("findPage"));
    m_title = kioskstyle::title(QStringLiteral("findTitle"), this);
    m_codeLabel = kioskstyle::text(QStringLiteral("lookupCodeLabel"), this);
    m_phoneLabel = kioskstyle::text(QStringLiteral("lookupPhoneLabel"), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("lookupCode"));
    m_code->setMaxLength(12);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f -]*")), m_code));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("lookupPhone"));
    m_phone->setMaxLength(customers::MaxPhoneLength);
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9+ -]*")), m_phone));
    m_codeLabel->setBuddy(m_code);
    m_phoneLabel->setBuddy(m_phone);
    m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Code, this);
    m_message = kioskstyle::text(QStringLiteral("lookupMessage"), this);
    m_back = kioskstyle::button(QStringLiteral("findBack"), this);
    m_find = kioskstyle::button(QStringLiteral("findNext"), this, true);

    m_entry = new TwoFieldEntry({m_codeLabel, m_code, OnScreenKeyboard::Layout::Code},
                                {m_phoneLabel, m_phone, OnScreenKeyboard::Layout::Digits}, m_keyboard, this);
    QHBoxLayout *buttons = kioskstyle::backAndNextRow(m_back, m_find);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_entry->makeLayout());
    layout->addWidget(m_message);
    layout->addWidget(m_keyboard, 1);
    layout->addLayout(buttons);

    for (QLineEdit *field : {m_code, m_phone})
        connect(field, &QLineEdit::textChanged, this, &FindBookingPage::updateFind);
    connect(m_entry, &TwoFieldEntry::submitRequested, this, &FindBookingPage::find);
    connect(m_back, &QPushButton::clicked, this, &FindBookingPage::back);
    connect(m_find, &QPushButton::clicked, this, &FindBookingPage::find);
    clear();
}

void FindBookingPage::clear()
{
    ++m_generation;
    m_searching = false;
    m_code->clear();
    m_phone->clear();
    m_shown = Message::None;
    m_error.clear();
    m_entry->focusFirst();
    retranslate();
}

void FindBookingPage::updateFind()
{
    m_find->setEnabled(!m_searching && !bookingcodes::normalise(m_code->text()).isEmpty()
                       && !m_phone->text().trimmed().isEmpty());
}

void FindBookingPage::find()
{
    if (!m_find->isEnabled())
        return;
    const quint64 generation = ++m_generation;
    m_searching = true;
    m_shown = Message::Searching;
    retranslate();
    m_session.findBookingByCode(m_code->text(), m_phone->text())
        .then(this, [this, generation](const Result<std::optional<bookinglookup::FoundBooking>> &answer) {
            if (generation != m_generation)
                return;
            m_searching = false;
            if (!answer) {
                m_shown = Message::Failed;
                m_error = answer.error().message;
            } else if (!answer->has_value()) {
                m_shown = Message::NotFound;
            } else {
                m_shown = Message::None;
                retranslate();
                Q_EMIT found(answer->value());
                return;
            }
            retranslate();
        });
}

void FindBookingPage::retranslate()
{
    m_title->setText(tr("Find my booking"));
    m_codeLabel->setText(tr("Booking code"));
    m_phoneLabel->setText(tr("Phone number"));
    m_code->setAccessibleName(tr("Booking code"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_code->setPlaceholderText(tr("e.g. 1A2B-3C4D"));
    m_phone->setPlaceholderText(tr("As given when booking"));
    switch (m_shown) {
    case Message::None: m_message->clear(); break;
    case Message::Searching: m_message->setText(tr("Looking…")); break;
    case Message::NotFound:
        m_message->setText(tr("No booking has this code and phone number. Check both, or ask at the counter."));
        break;
    case Message::Failed: m_message->setText(m_error); break;
    }
    m_keyboard->retranslate();
    kioskstyle::setText(m_back, tr("Back"));
    kioskstyle::setText(m_find, tr("Find"));
    updateFind();
}
