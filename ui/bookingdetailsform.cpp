#include "bookingdetailsform.h"

#include "domain/bookingdetails.h"
#include "uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

BookingDetailsForm::BookingDetailsForm(Profile profile, QWidget *parent) : QGroupBox(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("bookingDetails"));
    auto *layout = new QFormLayout(this);
    if (profile == Profile::Taxi) {
        setTitle(tr("Trip"));
        m_first = addText(bookingdetails::PickupKey, tr("P&ickup address:"), tr("Where the taxi picks the customer up"));
        m_last = addText(bookingdetails::DestinationKey, tr("Des&tination:"), tr("Where the trip goes"));
    } else if (profile == Profile::Product) {
        setTitle(tr("Delivery"));
        m_first = addText(bookingdetails::AddressKey, tr("Deli&very address:"), tr("Street, number, flat"));
        m_slot = new QComboBox(this);
        m_slot->setObjectName(QStringLiteral("deliverySlot"));
        m_slot->setAccessibleName(bookingdetails::fieldName(bookingdetails::DeliverySlotKey));
        for (const QString &slot : bookingdetails::deliverySlots())
            m_slot->addItem(QString(slot).replace(u'-', QStringLiteral("–")), slot);
        auto *label = new QLabel(tr("Delivery s&lot:"), this);
        label->setBuddy(m_slot);
        layout->addRow(label, m_slot);
        m_last = m_slot;
    }
    // The error has its own row, there from the start: showing one moves no field.
    m_error = uistyle::makeErrorLabel(this, QStringLiteral("bookingDetailsError"));
    m_error->setText(QStringLiteral(" "));
    m_error->show();
    layout->addRow(m_error);
    setVisible(isNeeded());
}

QLineEdit *BookingDetailsForm::addText(const QString &key, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setAccessibleName(bookingdetails::fieldName(key));
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(bookingdetails::MaxTextLength);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(edit);
    static_cast<QFormLayout *>(layout())->addRow(buddy, edit);
    connect(edit, &QLineEdit::textEdited, this, [this] { m_error->setText(QStringLiteral(" ")); });
    m_texts.append({key, edit});
    return edit;
}

QJsonObject BookingDetailsForm::details() const
{
    QJsonObject details;
    for (const auto &[key, edit] : m_texts)
        details.insert(key, edit->text().trimmed());
    if (m_slot)
        details.insert(bookingdetails::DeliverySlotKey, m_slot->currentData().toString());
    return details;
}

bool BookingDetailsForm::check()
{
    const auto checked = bookingdetails::validate(m_profile, details());
    if (checked) {
        m_error->setText(QStringLiteral(" "));
        return true;
    }
    showError(checked.error().message);
    for (const auto &[key, edit] : m_texts) {
        if (edit->text().trimmed().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
    return false;
}

void BookingDetailsForm::showError(const QString &message)
{
    m_error->setText(message);
}

void BookingDetailsForm::clear()
{
    for (const auto &[key, edit] : m_texts)
        edit->clear();
    if (m_slot)
        m_slot->setCurrentIndex(0);
    m_error->setText(QStringLiteral(" "));
}
