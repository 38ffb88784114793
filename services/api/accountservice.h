#pragma once

#include "domain/customer.h"
#include "domain/profile.h"
#include "commands/accountchanges.h"
#include "domain/user.h"
#include "queries/accounthistoryquery.h"

#include <QFuture>

#include <optional>

class CommandExecutor;
class ReaderPool;

// Accounts and signing in. Passwords are hashed and checked off the caller's thread (Argon2
// takes tens of milliseconds on purpose); what comes back never contains a hash.
class AccountService final
{
public:
    AccountService(CommandExecutor &executor, ReaderPool &readers);

    // Whether the first run has happened: a shop with no account asks for its manager.
    QFuture<Result<bool>> isSetUp();
    // The business the shop runs (its vocabulary); none until set up.
    QFuture<Result<std::optional<Profile>>> shopProfile();
    // The first run: the shop's business and its manager, in one transaction. Refused with
    // `already_set_up` once any account exists.
    QFuture<Result<User>> setUp(Profile profile, const UserDraft &manager);
    // The first run of a counter joining a server, as the server account (accountcommands).
    QFuture<Result<User>> joinServer(Profile profile, const UserDraft &serverAccount);
    // `by`: the user name of whoever creates it, for the audit trail.
    QFuture<Result<User>> createUser(const UserDraft &draft, const QString &by = {});
    // A manager's changes to an account (accountchanges.h), each in the audit trail.
    QFuture<Result<User>> edit(const QString &by, const QUuid &id, const accountchanges::AccountEdit &change);
    QFuture<Result<User>> setDisabled(const QString &by, const QUuid &id, bool disabled);
    QFuture<Result<User>> resetPassword(const QString &by, const QUuid &id, const QString &password);
    // What happened to an account, oldest first.
    QFuture<Result<QList<AccountEvent>>> history(const QUuid &id);
    // A customer signing up on their own: the customer record and the account together.
    QFuture<Result<User>> registerCustomerAccount(const CustomerDraft &customer, const QString &username,
                                                  const QString &password, const QString &by = {});
    // `sign_in_failed` for an unknown name and a wrong password alike; `account_disabled`
    // for the right password of a disabled account.
    QFuture<Result<User>> signIn(const QString &username, const QString &password);
    QFuture<Result<QList<User>>> users();

private:
    CommandExecutor &m_executor;
    ReaderPool &m_readers;
};
