#include "sync/changewaiter.h"

#include "core/commandexecutor.h"

#include <QTimer>

namespace {

void resolve(const std::shared_ptr<QPromise<void>> &promise)
{
    if (promise->future().isFinished())
        return;
    promise->finish();
}

} // namespace

ChangeWaiter::ChangeWaiter(CommandExecutor &executor, QObject *parent) : QObject(parent)
{
    connect(&executor, &CommandExecutor::changed, this, &ChangeWaiter::releaseAll);
}

ChangeWaiter::~ChangeWaiter()
{
    releaseAll();
}

QFuture<void> ChangeWaiter::next(int timeoutMs)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    m_waiting.append(promise);
    QTimer::singleShot(timeoutMs, this, [this, promise]() {
        m_waiting.removeOne(promise);
        resolve(promise);
    });
    return promise->future();
}

void ChangeWaiter::releaseAll()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &promise : waiting)
        resolve(promise);
}
