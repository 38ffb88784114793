#pragma once

#include "core/changeset.h"
#include "core/commandworker.h"
#include "core/workerpriority.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <optional>

class WalCheckpointer;

// The service thread. Callers on any thread (the GUI above all) submit commands and get a
// QFuture back at once; the commands run one after another on the thread that owns the
// write connection, each in one transaction. After every commit `changed` names what
// changed (delivered queued to receivers on other threads).
class CommandExecutor final : public QObject
{
    Q_OBJECT

public:
    CommandExecutor(DatabaseOptions options, ShopSettings settings, const Clock &clock,
                    PaymentGateway &gateway, WorkerPriority priority = WorkerPriority::Normal,
                    QObject *parent = nullptr);
    // Finishes the commands already submitted, closes the connection and stops the thread.
    ~CommandExecutor() override;

    // Opens the database and applies migrations; resolves to the schema version.
    QFuture<Result<int>> open();

    template<typename T>
    QFuture<Result<T>> execute(std::function<Result<T>(CommandContext &)> command);
    // The same for a command another device already carried out (see CommandContext::remote).
    template<typename T>
    QFuture<Result<T>> executeRemote(std::function<Result<T>(CommandContext &)> command);

    QThread *thread() const { return m_thread; }
    const ShopSettings &settings() const { return m_worker->settings(); }

Q_SIGNALS:
    void changed(const ChangeSet &changes);

private:
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(CommandContext &)> command, bool remote);
    void post(std::function<void()> job);

    QThread *m_thread;
    std::unique_ptr<CommandWorker> m_worker;
    QThread *m_checkpointThread;
    WalCheckpointer *m_checkpointer; // lives on m_checkpointThread
};

template<typename T>
QFuture<Result<T>> CommandExecutor::execute(std::function<Result<T>(CommandContext &)> command)
{
    return run<T>(std::move(command), false);
}

template<typename T>
QFuture<Result<T>> CommandExecutor::executeRemote(std::function<Result<T>(CommandContext &)> command)
{
    return run<T>(std::move(command), true);
}

template<typename T>
QFuture<Result<T>> CommandExecutor::run(std::function<Result<T>(CommandContext &)> command, bool remote)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    post([this, promise, remote, command = std::move(command)]() {
        std::optional<Result<T>> result;
        ChangeSet changes;
        Result<void> committed = m_worker->runInTransaction(
            [&](CommandContext &context) -> Result<void> {
                result.emplace(command(context));
                if (!result->ok())
                    return result->error();
                return {};
            },
            changes, remote);
        if (!committed && (!result || result->ok()))
            result.emplace(committed.error()); // the commit itself failed
        // Signal first: whoever sees the future resolve knows the change was announced.
        if (committed && !changes.isEmpty())
            Q_EMIT changed(changes);
        promise->addResult(std::move(*result));
        promise->finish();
    });
    return future;
}
