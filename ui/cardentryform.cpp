#include "cardentryform.h"

#include "uistyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

CardEntryForm::CardEntryForm(QWidget *parent) : QWidget(parent)
{
    const auto secret = Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("cardNumber"));
    m_number->setAccessibleName(tr("Card number"));
    m_number->setPlaceholderText(tr("1234 5678 9012 3456"));
    m_number->setMaxLength(23);
    m_number->setInputMethodHints(secret);
    connect(m_number, &QLineEdit::textEdited, this, &CardEntryForm::numberEdited);

    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(QStringLiteral("cardExpiry"));
    m_expiry->setAccessibleName(tr("Expiry date (month/year)"));
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setMaxLength(7);
    m_expiry->setInputMethodHints(Qt::ImhPreferNumbers);

    m_securityCode = new QLineEdit(this);
    m_securityCode->setObjectName(QStringLiteral("cardSecurityCode"));
    m_securityCode->setAccessibleName(tr("Security code"));
    m_securityCode->setPlaceholderText(tr("3 or 4 digits"));
    m_securityCode->setMaxLength(4);
    m_securityCode->setEchoMode(QLineEdit::Password);
    m_securityCode->setInputMethodHints(secret);

    m_error = uistyle::makeErrorLabel(this, QStringLiteral("cardEntryError"));
    for (QLineEdit *field : {m_number, m_expiry, m_securityCode})
        connect(field, &QLineEdit::textEdited, m_error, &QLabel::hide);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(24, 0, 0, 0);
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Card &number"), m_number);
    addRow(tr("E&xpiry"), m_expiry);
    addRow(tr("Securit&y code"), m_securityCode);
    form->addRow(m_error);
    auto *note = new QLabel(tr("Your card goes straight to the payment provider. The shop keeps only the brand "
                               "and the last four digits."),
                            this);
    note->setObjectName(QStringLiteral("cardEntryNote"));
    note->setWordWrap(true);
    form->addRow(note);
}

void CardEntryForm::numberEdited(const QString &text)
{
    // Groups of four as on the card, with the cursor kept after the same digit.
    const int digitsBefore = int(std::count_if(text.begin(), text.begin() + m_number->cursorPosition(),
                                               [](QChar c) { return c.isDigit(); }));
    const QString grouped = cardentry::grouped(text);
    if (grouped == text)
        return;
    m_number->setText(grouped);
    int position = 0;
    for (int seen = 0; position < grouped.size() && seen < digitsBefore; ++position)
        seen += grouped.at(position).isDigit() ? 1 : 0;
    m_number->setCursorPosition(position);
}

std::optional<CardEntry> CardEntryForm::card(QDate today)
{
    const cardentry::Reading reading =
        cardentry::read(m_number->text(), m_expiry->text(), m_securityCode->text(), today);
    if (!reading.problems.any()) {
        m_error->hide();
        return reading.card;
    }
    QStringList lines;
    QLineEdit *first = nullptr;
    const std::pair<const QString &, QLineEdit *> fields[] = {{reading.problems.number, m_number},
                                                              {reading.problems.expiry, m_expiry},
                                                              {reading.problems.securityCode, m_securityCode}};
    for (const auto &[problem, field] : fields) {
        if (problem.isEmpty())
            continue;
        lines << problem;
        if (!first)
            first = field;
    }
    showError(lines.join(u'\n'));
    first->setFocus();
    first->selectAll();
    return std::nullopt;
}

void CardEntryForm::clearSecrets()
{
    m_number->clear();
    m_securityCode->clear();
}

void CardEntryForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
