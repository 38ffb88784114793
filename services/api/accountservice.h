#pragma once

#include "domain/customer.h"
#include "domain/profile.h"
#include "domain/user.h"

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
    QFuture<Result<User>> createUser(const UserDraft &draft);
    // A customer signing up on their own: the customer record and the account together.
    QFuture<Result<User>> registerCustomerAccount(const CustomerDraft &customer, const QString &username,
                                                  const QString &password);
    // `sign_in_failed` for an unknown name and a wrong password alike.
    QFuture<Result<User>> signIn(const QString &username, const QString &password);
    QFuture<Result<QList<User>>> users();

private:
    CommandExecutor &m_executor;
    ReaderPool &m_readers;
};
