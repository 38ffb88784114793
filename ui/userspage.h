#pragma once

#include "domain/user.h"
#include "uicontext.h"

#include <QWidget>

class AccountPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class Session;

// The manager's list of accounts, the selected one's changes and history (AccountPanel), and
// the form that adds one: a clerk for the counter, another manager, or a customer (who gets a
// customer record and an account at once).
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Session &session, const UiContext &context, QWidget *parent = nullptr);

    void reload();

private:
    QWidget *makeForm();
    void updateForm();
    void create();
    QStringList problemsOf(Role role, const QString &username, const QString &name) const;
    void showSelected();

    Session &m_session;
    UiContext m_context;
    QStandardItemModel *m_model;
    QTableView *m_table;
    AccountPanel *m_panel;
    QList<User> m_users; // as last read, in the model's first column by id
    bool m_rebuilding = false;
    QComboBox *m_role;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_phoneLabel;
    QLabel *m_message;
    QPushButton *m_create;
};
