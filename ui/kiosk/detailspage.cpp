#include "detailspage.h"

#include "domain/customer.h"
#include "kioskstyle.h"
#include "onscreenkeyboard.h"
#include "twofieldentry.h"
#include "uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {
// Enough digits to reach someone; the services check the rest.
constexpr int MinPhoneDigits = 7;
} // namespace

DetailsPage::DetailsPage(QWidget *parent) : KioskPage(parent)
{
    setObjectName(QStringLiteral("detailsPage"));
    m_title = kioskstyle::title(QStringLiteral("detailsTitle"), this);
    m_nameLabel = kioskstyle::text(QStringLiteral("customerNameLabel"), this);
    m_phoneLabel = kioskstyle::text(QStringLiteral("customerPhoneLabel"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setMaxLength(customers::MaxNameLength);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_phone->setMaxLength(customers::MaxPhoneLength);
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9+ -]*")), m_phone));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_nameLabel->setBuddy(m_name);
    m_phoneLabel->setBuddy(m_phone);
    m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Letters, this);
    m_error = uistyle::makeErrorLabel(this, QStringLiteral("detailsError"));
    m_back = kioskstyle::button(QStringLiteral("detailsBack"), this);
    m_next = kioskstyle::button(QStringLiteral("detailsNext"), this, true);

    m_entry = new TwoFieldEntry({m_nameLabel, m_name, std::nullopt},
                                {m_phoneLabel, m_phone, OnScreenKeyboard::Layout::Digits}, m_keyboard, this);
    QHBoxLayout *buttons = kioskstyle::backAndNextRow(m_back, m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_entry->makeLayout());
    layout->addWidget(m_error);
    layout->addWidget(m_keyboard, 1);
    layout->addLayout(buttons);

    for (QLineEdit *field : {m_name, m_phone})
        connect(field, &QLineEdit::textChanged, this, &DetailsPage::updateNext);
    connect(m_entry, &TwoFieldEntry::submitRequested, this, &DetailsPage::submit);
    connect(m_back, &QPushButton::clicked, this, &DetailsPage::back);
    connect(m_next, &QPushButton::clicked, this, &DetailsPage::submit);
    m_entry->focusFirst();
    retranslate();
    updateNext();
}

QString DetailsPage::name() const
{
    return m_name->text().simplified();
}

QString DetailsPage::phone() const
{
    return m_phone->text().trimmed();
}

void DetailsPage::clear()
{
    m_name->clear();
    m_phone->clear();
    m_error->clear();
    m_error->hide();
    m_busy = false;
    m_entry->focusFirst();
    updateNext();
}

void DetailsPage::setBusy(bool busy)
{
    m_busy = busy;
    updateNext();
}

void DetailsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DetailsPage::updateNext()
{
    const qsizetype digits = std::count_if(m_phone->text().cbegin(), m_phone->text().cend(),
                                           [](QChar c) { return c.isDigit(); });
    m_next->setEnabled(!m_busy && !name().isEmpty() && digits >= MinPhoneDigits);
}

void DetailsPage::submit()
{
    if (!m_next->isEnabled())
        return;
    m_error->hide();
    Q_EMIT submitted(name(), phone());
}

void DetailsPage::retranslate()
{
    m_title->setText(tr("Your name and phone number"));
    m_nameLabel->setText(tr("Name"));
    m_phoneLabel->setText(tr("Phone number"));
    m_name->setAccessibleName(tr("Name"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_name->setPlaceholderText(tr("e.g. Kim Minji"));
    m_phone->setPlaceholderText(tr("e.g. 010-1234-5678"));
    m_keyboard->retranslate();
    kioskstyle::setText(m_back, tr("Back"));
    kioskstyle::setText(m_next, tr("Continue"));
}
