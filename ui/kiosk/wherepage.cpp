#include "wherepage.h"

#include "domain/bookingdetails.h"
#include "kioskstyle.h"
#include "onscreenkeyboard.h"
#include "twofieldentry.h"
#include "uistyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

bool WherePage::isAsked(Profile profile)
{
    return profile == Profile::Taxi || profile == Profile::Product;
}

WherePage::WherePage(Profile profile, QWidget *parent) : KioskPage(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("wherePage"));
    m_title = kioskstyle::title(QStringLiteral("whereTitle"), this);
    m_firstLabel = kioskstyle::text(QStringLiteral("whereFirstLabel"), this);
    m_secondLabel = kioskstyle::text(QStringLiteral("whereSecondLabel"), this);
    m_first = new QLineEdit(this);
    m_first->setObjectName(profile == Profile::Taxi ? bookingdetails::PickupKey : bookingdetails::AddressKey);
    m_second = new QLineEdit(this);
    m_second->setObjectName(profile == Profile::Taxi ? bookingdetails::DestinationKey : QStringLiteral("addressDetail"));
    for (QLineEdit *field : {m_first, m_second})
        field->setMaxLength(bookingdetails::MaxTextLength / 2);
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);
    m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Letters, this);
    m_entry = new TwoFieldEntry({m_firstLabel, m_first, std::nullopt}, {m_secondLabel, m_second, std::nullopt},
                                m_keyboard, this);
    m_error = uistyle::makeErrorLabel(this, QStringLiteral("whereError"));
    m_back = kioskstyle::button(QStringLiteral("whereBack"), this);
    m_next = kioskstyle::button(QStringLiteral("whereNext"), this, true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_entry->makeLayout());
    if (profile == Profile::Product) {
        // The title asks when; the slots need all the row (a caption beside them cuts their
        // times short, one above leaves the keyboard too little of a 768-pixel screen).
        m_slots = new QButtonGroup(this);
        auto *row = new QHBoxLayout;
        for (const QString &slot : bookingdetails::deliverySlots()) {
            QPushButton *button = kioskstyle::button(QStringLiteral("slot_") + slot, this);
            button->setCheckable(true);
            button->setText(QString(slot).replace(u'-', QStringLiteral("–")));
            m_slots->addButton(button);
            row->addWidget(button);
        }
        m_slots->buttons().constFirst()->setChecked(true);
        layout->addLayout(row);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_keyboard, 1);
    layout->addLayout(kioskstyle::backAndNextRow(m_back, m_next));

    for (QLineEdit *field : {m_first, m_second})
        connect(field, &QLineEdit::textChanged, this, &WherePage::updateNext);
    connect(m_entry, &TwoFieldEntry::submitRequested, this, &WherePage::submit);
    connect(m_back, &QPushButton::clicked, this, &WherePage::back);
    connect(m_next, &QPushButton::clicked, this, &WherePage::submit);
    m_entry->focusFirst();
    retranslate();
    updateNext();
}

QJsonObject WherePage::details() const
{
    const QString first = m_first->text().simplified();
    const QString second = m_second->text().simplified();
    if (m_profile == Profile::Taxi)
        return QJsonObject{{bookingdetails::PickupKey, first}, {bookingdetails::DestinationKey, second}};
    const QString slot = m_slots->checkedButton() ? m_slots->checkedButton()->objectName().mid(5) : QString();
    return QJsonObject{{bookingdetails::AddressKey, second.isEmpty() ? first : first + QStringLiteral(", ") + second},
                       {bookingdetails::DeliverySlotKey, slot}};
}

void WherePage::updateNext()
{
    // A taxi needs both addresses; a delivery's flat or floor may be left out.
    const bool secondNeeded = m_profile == Profile::Taxi;
    m_next->setEnabled(!m_first->text().simplified().isEmpty()
                       && (!secondNeeded || !m_second->text().simplified().isEmpty()));
}

void WherePage::submit()
{
    if (!m_next->isEnabled())
        return;
    const auto checked = bookingdetails::validate(m_profile, details());
    if (!checked) {
        m_error->setText(checked.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT chosen(checked.value());
}

void WherePage::clear()
{
    m_first->clear();
    m_second->clear();
    if (m_slots)
        m_slots->buttons().constFirst()->setChecked(true);
    m_error->hide();
    m_entry->focusFirst();
    updateNext();
}

void WherePage::retranslate()
{
    if (m_profile == Profile::Taxi) {
        m_title->setText(tr("Where should the taxi pick you up, and where to?"));
        m_firstLabel->setText(tr("Pickup address"));
        m_secondLabel->setText(tr("Destination"));
        m_first->setPlaceholderText(tr("e.g. Seoul Station, exit 1"));
        m_second->setPlaceholderText(tr("e.g. Gimpo Airport"));
    } else if (m_profile == Profile::Product) {
        m_title->setText(tr("Where and when to deliver?"));
        m_firstLabel->setText(tr("Delivery address"));
        m_secondLabel->setText(tr("Flat, floor (if any)"));
        m_first->setPlaceholderText(tr("e.g. 110 Sejong-daero"));
        m_second->setPlaceholderText(tr("e.g. 1203"));
        for (QAbstractButton *slot : m_slots->buttons())
            slot->setAccessibleName(tr("Delivery time %1").arg(slot->text()));
    }
    m_first->setAccessibleName(m_firstLabel->text());
    m_second->setAccessibleName(m_secondLabel->text());
    m_keyboard->retranslate();
    kioskstyle::setText(m_back, tr("Back"));
    kioskstyle::setText(m_next, tr("Continue"));
}
