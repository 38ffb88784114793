#include "sync/syncengine.h"

#include "sync/syncworker.h"

#include <QThread>

SyncEngine::SyncEngine(Backend &backend, SyncSettings settings, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_server(settings.server), m_device(settings.device)
{
    m_worker = new SyncWorker(backend, std::move(settings));
    qRegisterMetaType<SyncStatus>();
    m_thread->setObjectName(QStringLiteral("rentaldesk-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_worker, &SyncWorker::caughtUp, this, &SyncEngine::caughtUp);
}

SyncEngine::~SyncEngine()
{
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
}

void SyncEngine::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncEngine::useToken(const QByteArray &token)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, token]() { worker->useToken(token); }, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}
