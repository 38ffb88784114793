#include "core/commandworker.h"

#include "core/commandcontext.h"
#include "domain/errors.h"
#include "policies/confirmationpolicy.h"
#include "policies/mybookingsprojector.h"
#include "policies/notificationpolicy.h"
#include "policies/refundpolicy.h"
#include "policies/retirementpolicy.h"
#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "sync/changelog.h"
#include "sync/settledgateway.h"

#include <QSqlError>
#include <QSqlQuery>

CommandWorker::CommandWorker(DatabaseOptions options, ShopSettings settings, const Clock &clock,
                             PaymentGateway &gateway)
    : m_options(std::move(options)), m_settings(std::move(settings)), m_clock(clock),
      m_gateway(gateway), m_settledGateway(std::make_unique<SettledGateway>()),
      m_connectionName(QStringLiteral("writer-%1").arg(quintptr(this), 0, 16))
{
    // Registration order is reaction order: the read model and the customer's message first,
    // so both follow the event itself before any follow-up events the policies append.
    m_policies.push_back(std::make_unique<MyBookingsProjector>());
    m_policies.push_back(std::make_unique<NotificationPolicy>()); // messages in event order
    m_policies.push_back(std::make_unique<ConfirmationPolicy>());
    m_policies.push_back(std::make_unique<RefundPolicy>());
    m_policies.push_back(std::make_unique<RetirementPolicy>());
    for (const auto &policy : m_policies)
        m_eventLog.addHandler(policy.get());
}

CommandWorker::~CommandWorker() = default;

Result<int> CommandWorker::openAndMigrate()
{
    auto db = connection::open(m_connectionName, m_options);
    if (!db)
        return db.error();
    if (!m_options.isPostgreSql()) {
        // The WalCheckpointer folds the log back in, off this thread (see there why).
        QSqlQuery(db.value()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        // A small page cache for the writer (the readers keep 64 MiB). At every commit SQLite
        // trims its page cache to the file's size, a walk over the cache's hash table that
        // grows with the cache: with 64 MiB it took a quarter of a hold's time (perf), and
        // 8 MiB still holds the interior pages of the indexes a command writes into.
        QSqlQuery(db.value()).exec(QStringLiteral("PRAGMA cache_size=-8192"));
    }
    return migrations::migrate(db.value());
}

void CommandWorker::closeConnection()
{
    connection::close(m_connectionName);
}

Result<void> CommandWorker::runInTransaction(
    const std::function<Result<void>(CommandContext &)> &command, ChangeSet &changes, bool remote)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return errors::storage(QStringLiteral("the database is not open"));
    // SQLite: IMMEDIATE takes the write lock up front, so a reader never upgrades mid-command.
    QSqlQuery begin(db);
    if (!begin.exec(sqldialect::beginWrite(db)))
        return errors::storage(begin.lastError().text());
    CommandContext context{db, m_clock, m_settings, remote ? *m_settledGateway : m_gateway, m_eventLog, {}, remote, {}};
    Result<void> outcome = command(context);
    if (outcome && m_settings.recordChangeLog)
        outcome = changelog::record(context);
    QSqlQuery end(db);
    if (!outcome) {
        end.exec(QStringLiteral("ROLLBACK"));
        return outcome;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString detail = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        qCWarning(lcDb) << "commit failed:" << detail;
        return errors::storage(detail);
    }
    changes = std::move(context.changes);
    return {};
}
