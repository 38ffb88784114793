#pragma once

#include "domain/profile.h"
#include "domain/user.h"

#include <QWidget>

class AccountService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The very first start of a shop: which business it runs (the vocabulary every screen will
// use) and the manager's own account. Nothing else can be done before this.
class FirstRunPage final : public QWidget
{
    Q_OBJECT

public:
    FirstRunPage(AccountService &accounts, Profile suggested, QWidget *parent = nullptr);

Q_SIGNALS:
    void setUpDone(const User &manager, Profile profile);

private:
    void submit();
    QLineEdit *addField(class QFormLayout *form, const QString &label, const QString &objectName);

    AccountService &m_accounts;
    QComboBox *m_business;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QPushButton *m_create;
};
