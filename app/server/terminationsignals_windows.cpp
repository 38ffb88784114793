#include "terminationsignals.h"

#include <QMetaObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

// Windows has no SIGTERM: a console program is asked to stop through console control events,
// delivered on a thread of their own. The handler queues the Qt signal onto the object's
// thread. For closing the console, log-off and shutdown Windows ends the process as soon as
// the handler returns, so there it waits (up to the few seconds Windows allows) until the
// program has let go of this object, that is, finished draining.

namespace {

std::atomic<TerminationSignals *> g_instance = nullptr;
std::mutex g_mutex;
std::condition_variable g_released;

bool endsProcessOnReturn(DWORD event)
{
    return event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT;
}

BOOL WINAPI onConsoleEvent(DWORD event)
{
    TerminationSignals *instance = g_instance.load();
    if (!instance)
        return FALSE; // the default handler ends the process
    QMetaObject::invokeMethod(
        instance, [instance, event]() { Q_EMIT instance->terminationRequested(int(event)); }, Qt::QueuedConnection);
    if (endsProcessOnReturn(event)) {
        std::unique_lock lock(g_mutex);
        g_released.wait_for(lock, std::chrono::seconds(4), []() { return g_instance.load() == nullptr; });
    }
    return TRUE;
}

} // namespace

struct TerminationSignals::Platform
{
};

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    TerminationSignals *none = nullptr;
    if (!g_instance.compare_exchange_strong(none, this))
        return; // one instance per process
    if (!::SetConsoleCtrlHandler(&onConsoleEvent, TRUE)) {
        g_instance = nullptr;
        return;
    }
    m_platform = std::make_unique<Platform>();
}

TerminationSignals::~TerminationSignals()
{
    if (!m_platform)
        return;
    ::SetConsoleCtrlHandler(&onConsoleEvent, FALSE);
    {
        std::lock_guard lock(g_mutex);
        g_instance = nullptr;
    }
    g_released.notify_all();
}
