#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>

#include <memory>

class CommandExecutor;

// Long-poll support for pulls: a pull that finds nothing new waits here until the next
// commit (or its time is up), so other counters' changes reach a counter within a second
// without it asking again and again. Lives on the server's thread.
class ChangeWaiter final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWaiter(CommandExecutor &executor, QObject *parent = nullptr);
    ~ChangeWaiter() override;

    // Resolves at the next committed change, or after `timeoutMs`, whichever comes first.
    QFuture<void> next(int timeoutMs);
    // Resolves every waiting pull now (the server is stopping).
    void releaseAll();

private:
    QList<std::shared_ptr<QPromise<void>>> m_waiting;
};
