#pragma once

#include "core/changeset.h"
#include "core/eventlog.h"
#include "core/shopsettings.h"
#include "domain/result.h"
#include "storage/connection.h"

#include <QObject>

#include <functional>
#include <memory>

class Clock;
class PaymentGateway;
struct CommandContext;

// Lives on the service thread and owns the only write connection. Runs one command at a
// time, each in its own transaction, together with the policies the command's events set
// off (they are registered on its event log).
class CommandWorker final : public QObject
{
    Q_OBJECT

public:
    CommandWorker(DatabaseOptions options, ShopSettings settings, const Clock &clock,
                  PaymentGateway &gateway);
    ~CommandWorker() override;

    // Runs on the service thread.
    Result<int> openAndMigrate();
    void closeConnection();
    // Runs `command` in a transaction; commits when it succeeds, rolls back otherwise.
    // On success `changes` receives what the command changed.
    // `remote`: see CommandContext::remote.
    Result<void> runInTransaction(const std::function<Result<void>(CommandContext &)> &command,
                                  ChangeSet &changes, bool remote = false);

    EventLog &eventLog() { return m_eventLog; }
    const ShopSettings &settings() const { return m_settings; }

private:
    DatabaseOptions m_options;
    ShopSettings m_settings;
    const Clock &m_clock;
    PaymentGateway &m_gateway;
    std::unique_ptr<PaymentGateway> m_settledGateway; // for remote commands
    EventLog m_eventLog;
    QString m_connectionName;
    std::vector<std::unique_ptr<class EventHandler>> m_policies;
};
