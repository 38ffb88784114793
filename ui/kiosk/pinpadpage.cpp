#include "pinpadpage.h"

#include "kioskstyle.h"
#include "onscreenkeyboard.h"
#include "staffexitguard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

PinPadPage::PinPadPage(StaffExitGuard &guard, QWidget *parent) : KioskPage(parent), m_guard(guard)
{
    setObjectName(QStringLiteral("pinPage"));
    m_title = kioskstyle::title(QStringLiteral("pinTitle"), this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("staffPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(32);
    m_pin->setMaximumWidth(480);
    m_keypad = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, this);
    m_keypad->setTarget(m_pin);
    m_keypad->setMaximumWidth(480);
    m_message = kioskstyle::text(QStringLiteral("pinMessage"), this);
    m_ok = kioskstyle::button(QStringLiteral("pinOk"), this, true);
    m_cancel = kioskstyle::button(QStringLiteral("pinCancel"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pin);
    layout->addWidget(m_message);
    layout->addWidget(m_keypad);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_pin, &QLineEdit::returnPressed, this, &PinPadPage::submit);
    connect(m_ok, &QPushButton::clicked, this, &PinPadPage::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PinPadPage::cancelled);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] {
        m_shown = Message::None;
        retranslate();
        Q_EMIT messageCleared();
    });
    clear();
}

void PinPadPage::clear()
{
    if (m_messageTimer)
        m_messageTimer->stop();
    m_pin->clear();
    m_shown = Message::None;
    retranslate();
}

void PinPadPage::focusPin()
{
    m_pin->setFocus();
}

void PinPadPage::submit()
{
    const QString typed = m_pin->text();
    m_pin->clear();
    switch (m_guard.tryPin(typed)) {
    case StaffExitGuard::Answer::Accepted:
        m_shown = Message::None;
        retranslate();
        Q_EMIT accepted();
        return;
    case StaffExitGuard::Answer::Wrong: m_shown = Message::Wrong; break;
    case StaffExitGuard::Answer::TooSoon: m_shown = Message::TooSoon; break;
    }
    m_waitMs = m_guard.msUntilNextTry();
    retranslate();
    m_messageTimer->start(int(std::max<qint64>(m_waitMs, 0)));
}

void PinPadPage::retranslate()
{
    m_title->setText(tr("Staff PIN"));
    m_pin->setAccessibleName(tr("Staff PIN"));
    const int seconds = int((m_waitMs + 999) / 1000);
    switch (m_shown) {
    case Message::None: m_message->clear(); break;
    case Message::Wrong: m_message->setText(tr("Wrong PIN. Wait %n second(s) before the next try.", nullptr, seconds)); break;
    case Message::TooSoon: m_message->setText(tr("Too soon. Wait %n second(s), then try again.", nullptr, seconds)); break;
    }
    m_keypad->retranslate();
    kioskstyle::setText(m_ok, tr("OK"));
    kioskstyle::setText(m_cancel, tr("Cancel"));
}
