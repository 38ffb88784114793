#pragma once

#include "domain/user.h"

#include <QWidget>

class AccountService;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// The first thing on screen: user name and password. Checking the password runs on a reader
// thread (Argon2 is slow on purpose); every failed attempt makes the next one wait longer,
// so guessing at the counter is slow.
class SignInPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(AccountService &accounts, QWidget *parent = nullptr);

    // Clears the form for the next person (after signing out).
    void reset();
    void setHint(const QString &hint);

Q_SIGNALS:
    void signedIn(const User &user);

private:
    void signIn();
    void showRefusal(const QString &message);
    void updateButton();

    AccountService &m_accounts;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_error;
    QLabel *m_hint;
    QTimer *m_cooldown;
    int m_failures = 0;
    bool m_busy = false;
};
