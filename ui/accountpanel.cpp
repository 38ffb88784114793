#include "accountpanel.h"

#include "api/session.h"
#include "domain/domainevent.h"
#include "uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

QString whatHappened(const AccountEvent &e)
{
    const QString role = roles::displayName(roles::fromKey(e.payload.value(QStringLiteral("role")).toString()).value_or(Role::Clerk));
    if (e.type == events::AccountCreated)
        return AccountPanel::tr("created as %1 by %2").arg(role, e.by);
    if (e.type == events::AccountChanged)
        return AccountPanel::tr("changed to “%1”, %2, by %3")
            .arg(e.payload.value(QStringLiteral("displayName")).toString(), role, e.by);
    if (e.type == events::AccountDisabled)
        return AccountPanel::tr("disabled by %1").arg(e.by);
    if (e.type == events::AccountEnabled)
        return AccountPanel::tr("enabled by %1").arg(e.by);
    if (e.type == events::PasswordReset)
        return AccountPanel::tr("password reset by %1").arg(e.by);
    return e.type;
}

} // namespace

AccountPanel::AccountPanel(Session &session, const UiContext &context, QWidget *parent)
    : QGroupBox(tr("Selected account"), parent), m_session(session), m_context(context), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_save(new QPushButton(tr("Sa&ve changes"), this)),
      m_disable(new QPushButton(this)), m_password(new QLineEdit(this)),
      m_reset(new QPushButton(tr("R&eset password"), this)), m_message(new QLabel(this)), m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("accountPanel"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setAccessibleName(tr("Name"));
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_role->setAccessibleName(tr("Role"));
    for (Role role : roles::all())
        m_role->addItem(roles::displayName(role), int(role));
    m_save->setObjectName(QStringLiteral("saveAccount"));
    m_disable->setObjectName(QStringLiteral("disableAccount"));
    m_password->setObjectName(QStringLiteral("resetPasswordField"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    uistyle::reserveLines(m_message, 2);
    m_history->setObjectName(QStringLiteral("accountHistory"));
    m_history->setAccessibleName(tr("Account history"));

    auto *form = new QFormLayout;
    const QList<std::pair<QString, QWidget *>> fields{{tr("Na&me:"), m_name}, {tr("Ro&le:"), m_role}};
    for (const auto &[caption, field] : fields) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *passwordLabel = new QLabel(tr("New pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    auto *password = new QHBoxLayout;
    password->addWidget(m_password, 1);
    password->addWidget(m_reset);
    form->addRow(passwordLabel, password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_disable);
    buttons->addStretch();
    auto *historyLabel = new QLabel(tr("Histor&y:"), this);
    historyLabel->setBuddy(m_history);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_save, &QPushButton::clicked, this, &AccountPanel::save);
    connect(m_name, &QLineEdit::returnPressed, this, &AccountPanel::save);
    connect(m_disable, &QPushButton::clicked, this, &AccountPanel::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &AccountPanel::resetPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &AccountPanel::resetPassword);
    showAccount(std::nullopt);
}

void AccountPanel::showAccount(const std::optional<User> &account)
{
    const bool other = !account || !m_account || account->id != m_account->id;
    m_account = account;
    setEnabled(account.has_value());
    if (other) {
        say({}, false);
        m_password->clear();
    }
    if (!account) {
        m_name->clear();
        m_history->clear();
        m_disable->setText(tr("&Disable account"));
        return;
    }
    m_name->setText(account->displayName);
    m_role->setCurrentIndex(m_role->findData(int(account->role)));
    // A customer account stays one (it books as its customer); staff stay staff.
    m_role->setEnabled(account->role != Role::Customer);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_role->model()); model)
        model->item(m_role->findData(int(Role::Customer)))->setEnabled(account->role == Role::Customer);
    m_disable->setText(account->disabled ? tr("E&nable account") : tr("&Disable account"));
    loadHistory();
}

void AccountPanel::save()
{
    if (!m_account)
        return;
    run(m_session.editAccount(m_account->id, {m_name->text(), Role(m_role->currentData().toInt())}),
        tr("Saved."));
}

void AccountPanel::toggleDisabled()
{
    if (!m_account)
        return;
    const bool disable = !m_account->disabled;
    run(m_session.setAccountDisabled(m_account->id, disable),
        disable ? tr("The account is disabled: it cannot sign in.") : tr("The account is enabled again."));
}

void AccountPanel::resetPassword()
{
    if (!m_account)
        return;
    const QString password = m_password->text();
    run(m_session.resetPassword(m_account->id, password), tr("The password is reset. Tell it to its owner in person."));
}

void AccountPanel::run(QFuture<Result<User>> step, const QString &done)
{
    const quint64 generation = ++m_generation;
    for (QPushButton *button : {m_save, m_disable, m_reset})
        button->setEnabled(false);
    step.then(this, [this, generation, done](const Result<User> &result) {
        for (QPushButton *button : {m_save, m_disable, m_reset})
            button->setEnabled(true);
        if (generation != m_generation)
            return;
        if (!result) {
            say(result.error().message, true);
            return;
        }
        m_password->clear();
        showAccount(result.value());
        say(done, false);
        Q_EMIT changed();
    });
}

void AccountPanel::loadHistory()
{
    const QUuid id = m_account->id;
    m_session.accountHistory(id).then(this, [this, id](const Result<QList<AccountEvent>> &history) {
        if (!m_account || m_account->id != id)
            return;
        m_history->clear();
        if (!history) {
            say(history.error().message, true);
            return;
        }
        for (const AccountEvent &e : history.value())
            m_history->addItem(tr("%1  %2").arg(m_context.display.dateTime(e.occurredAt), whatHappened(e)));
    });
}

void AccountPanel::say(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? uistyle::errorStyleSheet() : QString());
    m_message->setText(text);
}
