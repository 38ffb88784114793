#include "signinpage.h"

#include "api/accountservice.h"
#include "uistyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// 1 s after the first failure, doubling, at most 30 s.
int cooldownMs(int failures)
{
    return std::min(30'000, 1'000 << std::min(failures - 1, 5));
}
} // namespace

SignInPage::SignInPage(AccountService &accounts, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_signIn(new QPushButton(tr("&Sign in"), this)), m_error(new QLabel(this)), m_hint(new QLabel(this)), m_cooldown(new QTimer(this))
{
    auto *title = new QLabel(tr("Sign in to RentalDesk"), this);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    title->setFont(large);

    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(uistyle::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in problem"));
    uistyle::reserveLines(m_error, 2); // "Sign in" stays where it is when a refusal shows
    m_cooldown->setSingleShot(true);

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_username);
    form->addRow(passwordLabel, m_password);

    auto *box = new QWidget(this);
    // A width of its own: centred at its size hint, the box would squeeze the wrapped hint and
    // errors into a narrow column too short for their lines.
    box->setFixedWidth(fontMetrics().averageCharWidth() * 58);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addLayout(form);
    inner->addWidget(m_error);
    inner->addWidget(m_signIn, 0, Qt::AlignRight);
    inner->addWidget(m_hint);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("signInHint"));

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signIn);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_username, &QLineEdit::returnPressed, this, [this]() { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_username, &QLineEdit::textChanged, this, &SignInPage::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInPage::updateButton);
    connect(m_cooldown, &QTimer::timeout, this, &SignInPage::updateButton);
    updateButton();
    setFocusProxy(m_username);
}

void SignInPage::reset()
{
    m_username->clear();
    m_password->clear();
    m_error->clear();
    m_username->setFocus();
}

void SignInPage::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

void SignInPage::updateButton()
{
    m_signIn->setEnabled(!m_busy && !m_cooldown->isActive() && !m_username->text().trimmed().isEmpty()
                         && !m_password->text().isEmpty());
}

void SignInPage::signIn()
{
    if (!m_signIn->isEnabled())
        return;
    m_busy = true;
    m_error->setText(tr("Checking…"));
    updateButton();
    m_accounts.signIn(m_username->text(), m_password->text()).then(this, [this](const Result<User> &user) {
        m_busy = false;
        if (!user) {
            showRefusal(user.error().message);
            return;
        }
        m_failures = 0;
        m_password->clear();
        m_error->clear();
        updateButton();
        Q_EMIT signedIn(user.value());
    });
}

void SignInPage::showRefusal(const QString &message)
{
    ++m_failures;
    m_password->clear();
    m_password->setFocus();
    const int waitMs = cooldownMs(m_failures);
    m_error->setText(message + QLatin1Char(' ')
                     + tr("You can try again in %n second(s).", nullptr, (waitMs + 999) / 1000));
    m_cooldown->start(waitMs);
    updateButton();
}
