#include "firstrunpage.h"

#include "api/accountservice.h"
#include "uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPage::FirstRunPage(AccountService &accounts, Profile suggested, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_business(new QComboBox(this)), m_error(new QLabel(this)),
      m_create(new QPushButton(tr("&Create the manager account"), this))
{
    auto *title = new QLabel(tr("Welcome to RentalDesk"), this);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    title->setFont(large);
    auto *intro = new QLabel(tr("Choose the business this counter runs and create the manager's account. "
                                "The manager can then add clerks and customers."),
                             this);
    intro->setWordWrap(true);

    for (Profile profile : profiles::all())
        m_business->addItem(profiles::displayName(profile), int(profile));
    m_business->setCurrentIndex(m_business->findData(int(suggested)));
    m_business->setObjectName(QStringLiteral("business"));
    m_business->setAccessibleName(tr("Business"));

    auto *form = new QFormLayout;
    auto *businessLabel = new QLabel(tr("&Business:"), this);
    businessLabel->setBuddy(m_business);
    form->addRow(businessLabel, m_business);
    m_name = addField(form, tr("Your &name:"), QStringLiteral("managerName"));
    m_username = addField(form, tr("&User name:"), QStringLiteral("managerUsername"));
    m_password = addField(form, tr("&Password:"), QStringLiteral("managerPassword"));
    m_repeat = addField(form, tr("&Repeat password:"), QStringLiteral("managerRepeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_username->setPlaceholderText(tr("lower-case letters and digits, e.g. manager"));
    m_password->setPlaceholderText(tr("at least %n character(s)", nullptr, users::MinPasswordLength));

    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setStyleSheet(uistyle::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_create->setObjectName(QStringLiteral("createManager"));
    m_create->setDefault(true);

    auto *box = new QWidget(this);
    box->setMaximumWidth(520);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addLayout(form);
    inner->addWidget(m_error);
    inner->addWidget(m_create, 0, Qt::AlignRight);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &FirstRunPage::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
    setFocusProxy(m_business);
}

QLineEdit *FirstRunPage::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    edit->setAccessibleName(caption->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(caption, edit);
    return edit;
}

void FirstRunPage::submit()
{
    if (!m_create->isEnabled())
        return;
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords are not the same."));
        m_repeat->setFocus();
        return;
    }
    const auto profile = Profile(m_business->currentData().toInt());
    const UserDraft draft{m_username->text().trimmed(), m_name->text().trimmed(), m_password->text(), Role::Manager, {}};
    m_create->setEnabled(false);
    m_error->setText(tr("Creating the account…"));
    m_accounts.setUp(profile, draft).then(this, [this, profile](const Result<User> &manager) {
        m_create->setEnabled(true);
        if (!manager) {
            m_error->setText(manager.error().message);
            return;
        }
        m_error->clear();
        m_password->clear();
        m_repeat->clear();
        Q_EMIT setUpDone(manager.value(), profile);
    });
}
