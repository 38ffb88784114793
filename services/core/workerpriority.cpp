#include "core/workerpriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
// Five nice steps weigh a worker about a third of the GUI thread when both are runnable,
// and wake-ups of the GUI thread preempt it sooner; alone on a core it still runs at full speed.
[[maybe_unused]] constexpr int NiceSteps = 5;
} // namespace

void workerpriority::applyToCurrentThread(WorkerPriority priority)
{
    if (priority == WorkerPriority::Normal)
        return;
#if defined(Q_OS_LINUX)
    // Linux ignores QThread's priorities for ordinary threads (SCHED_OTHER has a single static
    // priority); what its scheduler weighs is the nice value, which belongs to each thread.
    // A new thread inherits its creator's nice value, so a pool thread started by a worker
    // already has it: count from the main thread's (its id is the process id), not our own.
    errno = 0;
    const int main = getpriority(PRIO_PROCESS, id_t(getpid()));
    const auto thread = id_t(gettid());
    const int current = getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && current < main + NiceSteps)
        setpriority(PRIO_PROCESS, thread, main + NiceSteps);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
