#include "api/accountservice.h"

#include "commands/accountcommands.h"
#include "queries/accounthistoryquery.h"
#include "core/commandexecutor.h"
#include "core/readerpool.h"
#include "domain/errors.h"
#include "security/passwordhash.h"
#include "storage/metavalues.h"
#include "storage/userrepository.h"

AccountService::AccountService(CommandExecutor &executor, ReaderPool &readers)
    : m_executor(executor), m_readers(readers)
{
}

QFuture<Result<bool>> AccountService::isSetUp()
{
    return m_readers.read<Result<bool>>([](const QSqlDatabase &db) -> Result<bool> {
        auto count = userrepository::count(db);
        if (!count)
            return count.error();
        return count.value() > 0;
    });
}

QFuture<Result<std::optional<Profile>>> AccountService::shopProfile()
{
    return m_readers.read<Result<std::optional<Profile>>>(
        [](const QSqlDatabase &db) -> Result<std::optional<Profile>> {
            auto stored = metavalues::read(db, accountcommands::profileMetaKey());
            if (!stored)
                return stored.error();
            return accountcommands::storedProfile(stored.value());
        });
}

QFuture<Result<User>> AccountService::setUp(Profile profile, const UserDraft &manager)
{
    return m_executor.execute<User>(
        [profile, manager](CommandContext &c) { return accountcommands::setUp(c, profile, manager); });
}

QFuture<Result<User>> AccountService::joinServer(Profile profile, const UserDraft &serverAccount)
{
    return m_executor.execute<User>([profile, serverAccount](CommandContext &c) {
        return accountcommands::joinServer(c, profile, serverAccount);
    });
}

QFuture<Result<User>> AccountService::createUser(const UserDraft &draft, const QString &by)
{
    return m_executor.execute<User>([draft, by](CommandContext &c) { return accountcommands::createUser(c, draft, by); });
}

QFuture<Result<User>> AccountService::edit(const QString &by, const QUuid &id, const accountchanges::AccountEdit &change)
{
    return m_executor.execute<User>([by, id, change](CommandContext &c) { return accountchanges::edit(c, by, id, change); });
}

QFuture<Result<User>> AccountService::setDisabled(const QString &by, const QUuid &id, bool disabled)
{
    return m_executor.execute<User>(
        [by, id, disabled](CommandContext &c) { return accountchanges::setDisabled(c, by, id, disabled); });
}

QFuture<Result<User>> AccountService::resetPassword(const QString &by, const QUuid &id, const QString &password)
{
    return m_executor.execute<User>(
        [by, id, password](CommandContext &c) { return accountchanges::resetPassword(c, by, id, password); });
}

QFuture<Result<QList<AccountEvent>>> AccountService::history(const QUuid &id)
{
    return m_readers.read<Result<QList<AccountEvent>>>(
        [id](const QSqlDatabase &db) { return accounthistoryquery::forAccount(db, id); });
}

QFuture<Result<User>> AccountService::registerCustomerAccount(const CustomerDraft &customer, const QString &username,
                                                              const QString &password, const QString &by)
{
    return m_executor.execute<User>([customer, username, password, by](CommandContext &c) {
        return accountcommands::registerCustomerAccount(c, customer, username, password, by);
    });
}

QFuture<Result<User>> AccountService::signIn(const QString &username, const QString &password)
{
    return m_readers.read<Result<User>>([username, password](const QSqlDatabase &db) -> Result<User> {
        auto found = userrepository::findByUsername(db, username.trimmed().toLower());
        if (!found)
            return found.error();
        if (!found->has_value()) {
            // Spend the same time as a real check, so timing does not tell which names exist.
            static const QByteArray decoy = passwordhash::hash(QStringLiteral("decoy-password"));
            passwordhash::verify(decoy, password);
            return errors::signInFailed();
        }
        if (!passwordhash::verify(found->value().passwordHash, password))
            return errors::signInFailed();
        // Said only to someone who knows the password.
        if (found->value().user.disabled)
            return errors::accountDisabled();
        return found->value().user;
    });
}

QFuture<Result<QList<User>>> AccountService::users()
{
    return m_readers.read<Result<QList<User>>>([](const QSqlDatabase &db) { return userrepository::all(db); });
}
