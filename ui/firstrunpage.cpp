#include "firstrunpage.h"

#include "api/accountservice.h"
#include "sync/serversignin.h"
#include "sync/syncengine.h"
#include "uistyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

FirstRunPage::FirstRunPage(AccountService &accounts, Profile suggested, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_business(new QComboBox(this)), m_error(new QLabel(this)),
      m_create(new QPushButton(tr("&Create the manager account"), this))
{
    auto *title = new QLabel(tr("Welcome to RentalDesk"), this);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    title->setFont(large);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("firstRunIntro"));
    m_intro->setWordWrap(true);
    m_joinServer = new QRadioButton(this);
    m_joinServer->setObjectName(QStringLiteral("joinServer"));
    m_newShop = new QRadioButton(tr("Start a &new shop on this counter"), this);
    m_newShop->setObjectName(QStringLiteral("newShop"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_joinServer);
    modes->addButton(m_newShop);
    m_newShop->setChecked(true);
    m_joinServer->hide(); // until offerToJoin()
    m_newShop->hide();
    connect(modes, &QButtonGroup::buttonToggled, this, &FirstRunPage::modeChanged);

    for (Profile profile : profiles::all())
        m_business->addItem(profiles::displayName(profile), int(profile));
    m_business->setCurrentIndex(m_business->findData(int(suggested)));
    m_business->setObjectName(QStringLiteral("business"));
    m_business->setAccessibleName(tr("Business"));

    auto *form = m_form = new QFormLayout;
    auto *businessLabel = new QLabel(tr("&Business:"), this);
    businessLabel->setBuddy(m_business);
    form->addRow(businessLabel, m_business);
    m_name = addField(form, tr("Your &name:"), QStringLiteral("managerName"));
    m_username = addField(form, tr("&User name:"), QStringLiteral("managerUsername"));
    m_password = addField(form, tr("&Password:"), QStringLiteral("managerPassword"));
    m_repeat = addField(form, tr("&Repeat password:"), QStringLiteral("managerRepeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);

    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setStyleSheet(uistyle::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    uistyle::reserveLines(m_error, 2); // the button below stays where it is when a problem shows
    m_create->setObjectName(QStringLiteral("createManager"));
    m_create->setDefault(true);

    auto *box = new QWidget(this);
    // A fixed width: centred at its size hint, the box would be as narrow as its fields and
    // the wrapped introduction would lose its last line.
    box->setFixedWidth(480);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(m_intro);
    inner->addWidget(m_joinServer);
    inner->addWidget(m_newShop);
    inner->addLayout(form);
    inner->addWidget(m_error);
    inner->addWidget(m_create, 0, Qt::AlignRight);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &FirstRunPage::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_joinServer->isChecked())
            submit();
    });
    setFocusProxy(m_business);
    modeChanged();
}

void FirstRunPage::offerToJoin(SyncEngine &sync)
{
    m_sync = &sync;
    m_network = new QNetworkAccessManager(this);
    m_joinServer->setText(tr("&Join the shop's server at %1").arg(sync.server().toDisplayString()));
    m_joinServer->show();
    m_newShop->show();
    m_joinServer->setChecked(true);
}

void FirstRunPage::modeChanged()
{
    const bool joining = m_joinServer->isChecked();
    m_intro->setText(joining ? tr("Sign in with your account on the shop's server (a manager's or a clerk's). "
                                  "This counter then works with the shop's bookings, also offline, and you "
                                  "sign in here with the same name and password.")
                             : tr("Choose the business this counter runs and create the manager's account. "
                                  "The manager can then add clerks and customers."));
    m_form->setRowVisible(m_name, !joining);
    m_form->setRowVisible(m_repeat, !joining);
    // The server's account already exists: no rules for a new one.
    m_username->setPlaceholderText(joining ? QString() : tr("lower-case letters and digits, e.g. manager"));
    m_password->setPlaceholderText(joining ? QString() : tr("at least %n character(s)", nullptr, users::MinPasswordLength));
    m_create->setText(joining ? tr("&Sign in and join") : tr("&Create the manager account"));
    m_error->clear();
}

void FirstRunPage::setBusy(bool busy, const QString &message)
{
    m_create->setEnabled(!busy);
    m_error->setText(message);
}

void FirstRunPage::join()
{
    const auto profile = Profile(m_business->currentData().toInt());
    const QString password = m_password->text();
    setBusy(true, tr("Signing in to the server…"));
    serversignin::signIn(*m_network, m_sync->server(), m_sync->device(), m_username->text().trimmed(), password)
        .then(this, [this, profile, password](const Result<ServerAccount> &account) {
            if (!account)
                return setBusy(false, account.error().message);
            const User &there = account->user;
            const UserDraft draft{there.username, there.displayName.isEmpty() ? there.username : there.displayName,
                                  password, there.role, {}};
            m_accounts.joinServer(profile, draft).then(this, [this, profile, token = account->token](const Result<User> &user) {
                if (!user)
                    return setBusy(false, user.error().message);
                setBusy(false, {});
                m_password->clear();
                m_sync->useToken(token);
                Q_EMIT joinedServer(token);
                Q_EMIT setUpDone(user.value(), profile);
            });
        });
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
    if (m_joinServer->isChecked())
        return join();
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
