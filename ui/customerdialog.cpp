#include "customerdialog.h"

#include "api/session.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

CustomerDialog::CustomerDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_nameError(uistyle::makeFieldErrorLabel(this, QStringLiteral("nameError"))),
      m_phoneError(uistyle::makeFieldErrorLabel(this, QStringLiteral("phoneError"))),
      m_emailError(uistyle::makeFieldErrorLabel(this, QStringLiteral("emailError"))),
      m_formError(uistyle::makeErrorLabel(this, QStringLiteral("formError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("New customer"));
    setObjectName(QStringLiteral("customerDialog"));

    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(customers::MaxNameLength);
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setMaxLength(customers::MaxPhoneLength);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setMaxLength(customers::MaxEmailLength);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QLineEdit *field, QLabel *error) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        form->addRow(QString(), error);
    };
    addRow(tr("&Name"), m_name, m_nameError);
    addRow(tr("&Phone"), m_phone, m_phoneError);
    addRow(tr("&E-mail"), m_email, m_emailError);

    auto *note = new QLabel(tr("Phone and e-mail are optional; they are shown to staff only."), this);
    note->setWordWrap(true);

    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveCustomer"));
    saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_name, m_phone, m_email})
        connect(field, &QLineEdit::textEdited, this, &CustomerDialog::clearErrors);

    uistyle::reserveLines(m_formError, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_buttons);
    m_name->setFocus();
}

void CustomerDialog::prefill(const QString &searchText)
{
    const QString text = searchText.simplified();
    const bool looksLikePhone = !text.isEmpty()
                                && std::all_of(text.begin(), text.end(), [](QChar c) {
                                       return c.isDigit() || c == u'-' || c == u' ' || c == u'+' || c == u'(' || c == u')';
                                   });
    (looksLikePhone ? m_phone : m_name)->setText(text);
    m_name->setFocus();
}

void CustomerDialog::save()
{
    if (m_saving)
        return;
    clearErrors();
    const CustomerDraft draft{m_name->text().simplified(), m_phone->text().trimmed(), m_email->text().trimmed()};
    // Every mistake at once, before asking the service (which checks again and names the first).
    if (const QList<Error> found = customers::problems(draft); !found.isEmpty()) {
        for (qsizetype i = found.size() - 1; i >= 0; --i) // the first wrong field ends up focused
            showError(found.at(i));
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    m_session.registerCustomer(draft).then(this, [this](const Result<Customer> &made) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!made) {
            showError(made.error());
            return;
        }
        Q_EMIT created(made.value());
        accept();
    });
}

void CustomerDialog::showError(const Error &error)
{
    // The codes say which field is wrong: the message goes next to it, focus too.
    QLabel *label = m_formError;
    QLineEdit *field = nullptr;
    if (error.code.startsWith(QLatin1StringView("text_"))) {
        label = m_nameError;
        field = m_name;
    } else if (error.code == QLatin1StringView("invalid_phone")) {
        label = m_phoneError;
        field = m_phone;
    } else if (error.code == QLatin1StringView("invalid_email")) {
        label = m_emailError;
        field = m_email;
    }
    label->setText(error.message);
    label->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void CustomerDialog::clearErrors()
{
    for (QLabel *label : {m_nameError, m_phoneError, m_emailError, m_formError}) {
        label->clear();
        label->hide();
    }
}
