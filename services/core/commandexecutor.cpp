#include "core/commandexecutor.h"

#include "core/walcheckpointer.h"

#include <QMetaObject>

namespace {
constexpr int CheckpointIntervalMs = 1000;
}

CommandExecutor::CommandExecutor(DatabaseOptions options, ShopSettings settings,
                                 const Clock &clock, PaymentGateway &gateway, WorkerPriority priority,
                                 QObject *parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_worker(std::make_unique<CommandWorker>(options, std::move(settings), clock, gateway)),
      m_checkpointThread(new QThread(this)), m_checkpointer(new WalCheckpointer(options))
{
    qRegisterMetaType<ChangeSet>();
    m_thread->setObjectName(QStringLiteral("rentaldesk-service"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    post([priority]() { workerpriority::applyToCurrentThread(priority); });
    m_checkpointThread->setObjectName(QStringLiteral("rentaldesk-checkpoint"));
    m_checkpointer->moveToThread(m_checkpointThread);
    QMetaObject::invokeMethod(m_checkpointer, [priority]() { workerpriority::applyToCurrentThread(priority); });
    connect(this, &CommandExecutor::changed, m_checkpointer, &WalCheckpointer::markDirty);
    m_checkpointThread->start();
}

CommandExecutor::~CommandExecutor()
{
    QMetaObject::invokeMethod(m_checkpointer, [checkpointer = m_checkpointer]() {
        checkpointer->stop();
        delete checkpointer;
        QThread::currentThread()->quit();
    });
    m_checkpointThread->wait();
    // Queued after every command already submitted, so those still run and resolve.
    post([this]() {
        m_worker->closeConnection();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

QFuture<Result<int>> CommandExecutor::open()
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    promise->start();
    QFuture<Result<int>> future = promise->future();
    post([this, promise]() {
        Result<int> opened = m_worker->openAndMigrate();
        if (opened) // the database exists and is migrated: the checkpointer can open it too
            QMetaObject::invokeMethod(m_checkpointer, [checkpointer = m_checkpointer]() {
                checkpointer->start(CheckpointIntervalMs);
            });
        promise->addResult(std::move(opened));
        promise->finish();
    });
    return future;
}

void CommandExecutor::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker.get(), std::move(job), Qt::QueuedConnection);
}
