#include "terminationsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

// A signal handler may do almost nothing, so it only writes the signal's number into a socket
// pair (the self-pipe trick) and a QSocketNotifier reads it from the event loop.

namespace {

int g_pair[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char number = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &number, 1);
    errno = savedErrno;
}

void setHandler(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace

struct TerminationSignals::Platform
{
    QSocketNotifier notifier;

    Platform() : notifier(qintptr(g_pair[1]), QSocketNotifier::Read) {}
};

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pair) != 0)
        return;
    for (int fd : g_pair)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pair[0], F_SETFL, O_NONBLOCK); // the handler must never block
    m_platform = std::make_unique<Platform>();
    connect(&m_platform->notifier, &QSocketNotifier::activated, this, [this]() {
        char number = 0;
        if (::read(g_pair[1], &number, 1) == 1)
            Q_EMIT terminationRequested(int(number));
    });
    setHandler(&onSignal);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_platform)
        return;
    setHandler(SIG_DFL);
    m_platform.reset();
    ::close(g_pair[0]);
    ::close(g_pair[1]);
    g_pair[0] = g_pair[1] = -1;
}
