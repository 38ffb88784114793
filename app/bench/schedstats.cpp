#include "schedstats.h"

#include <QByteArray>
#include <QFile>

#include <ctime>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

QByteArray readFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

qint64 schedstats::threadCpuNs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    return 0;
#endif
}

qint64 schedstats::threadQueuedNs()
{
    // "<cpu ns> <run-queue wait ns> <time slices>"
    const QList<QByteArray> fields = readFile("/proc/thread-self/schedstat").simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

qint64 schedstats::machineStealNs()
{
    // First line: "cpu user nice system idle iowait irq softirq steal ..." in clock ticks.
    const QByteArray stat = readFile("/proc/stat");
    const QList<QByteArray> fields = stat.left(stat.indexOf('\n')).simplified().split(' ');
#if defined(Q_OS_UNIX)
    static const long ticksPerSecond = sysconf(_SC_CLK_TCK);
#else
    const long ticksPerSecond = 0;
#endif
    if (fields.size() < 9 || fields.at(0) != "cpu" || ticksPerSecond <= 0)
        return 0;
    return fields.at(8).toLongLong() * (1'000'000'000 / ticksPerSecond);
}
