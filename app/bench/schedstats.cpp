#include "schedstats.h"

#include <QByteArray>
#include <QFile>

#include <cstdlib>
#include <cstring>
#include <ctime>
#if defined(Q_OS_UNIX)
#include <fcntl.h>
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
#if defined(Q_OS_LINUX)
    // Opened once per thread (thread-self is resolved at open) and read again with pread:
    // gui_stall asks on every tick of its 1 ms timer, and opening the file each time took
    // more of the GUI thread than anything else it did during the bench.
    struct File
    {
        int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
        ~File()
        {
            if (fd >= 0)
                ::close(fd);
        }
    };
    thread_local const File file;
    char text[128];
    const ssize_t size = file.fd >= 0 ? ::pread(file.fd, text, sizeof text - 1, 0) : -1;
    if (size <= 0)
        return 0;
    text[size] = '\0';
    // "<cpu ns> <run-queue wait ns> <time slices>"
    const char *second = std::strchr(text, ' ');
    return second ? std::strtoll(second + 1, nullptr, 10) : 0;
#else
    return 0;
#endif
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
