#pragma once

#include "domain/user.h"
#include "uicontext.h"

#include <QFuture>
#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Session;

// What a manager does with one existing account, beside the list: change its name or role,
// disable or enable it, give it a new password; and what was done to it before, from the
// audit trail (who, what, when). Refusals (the last manager, one's own account) are said here.
class AccountPanel final : public QGroupBox
{
    Q_OBJECT

public:
    AccountPanel(Session &session, const UiContext &context, QWidget *parent = nullptr);

    // The account to act on (none: the panel waits for a selection).
    void showAccount(const std::optional<User> &account);

Q_SIGNALS:
    // An account was changed: the list reads them again.
    void changed();

private:
    void save();
    void toggleDisabled();
    void resetPassword();
    void run(QFuture<Result<User>> step, const QString &done);
    void loadHistory();
    void say(const QString &text, bool error);

    Session &m_session;
    UiContext m_context;
    std::optional<User> m_account;
    quint64 m_generation = 0;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_save;
    QPushButton *m_disable;
    QLineEdit *m_password;
    QPushButton *m_reset;
    QLabel *m_message;
    QListWidget *m_history;
};
