#include "core/commandexecutor.h"

#include <QMetaObject>

CommandExecutor::CommandExecutor(DatabaseOptions options, ShopSettings settings,
                                 const Clock &clock, PaymentGateway &gateway, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_worker(std::make_unique<CommandWorker>(std::move(options), std::move(settings), clock,
                                               gateway))
{
    qRegisterMetaType<ChangeSet>();
    m_thread->setObjectName(QStringLiteral("rentaldesk-service"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

CommandExecutor::~CommandExecutor()
{
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
        promise->addResult(m_worker->openAndMigrate());
        promise->finish();
    });
    return future;
}

void CommandExecutor::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker.get(), std::move(job), Qt::QueuedConnection);
}
