#pragma once

#include "domain/profile.h"
#include "domain/user.h"

#include <QWidget>

class AccountService;
class SyncEngine;
class QComboBox;
class QFormLayout;
class QNetworkAccessManager;
class QRadioButton;
class QLabel;
class QLineEdit;
class QPushButton;

// The very first start of a shop: which business it runs (the vocabulary every screen will
// use) and the manager's own account. Nothing else can be done before this. A counter that
// synchronises with a server joins the shop there instead: its staff member signs in with
// their server account, which becomes the counter's first account, and sync runs as them.
class FirstRunPage final : public QWidget
{
    Q_OBJECT

public:
    FirstRunPage(AccountService &accounts, Profile suggested, QWidget *parent = nullptr);

    // Offers (and chooses) joining the server `sync` talks to.
    void offerToJoin(SyncEngine &sync);

Q_SIGNALS:
    void setUpDone(const User &manager, Profile profile);
    // The server issued this device a token (to keep, so sync signs in after a restart).
    void joinedServer(const QByteArray &token);

private:
    void submit();
    void join();
    void modeChanged();
    void setBusy(bool busy, const QString &message);
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &objectName);

    AccountService &m_accounts;
    SyncEngine *m_sync = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QRadioButton *m_joinServer = nullptr;
    QRadioButton *m_newShop = nullptr;
    QComboBox *m_business;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QPushButton *m_create;
};
