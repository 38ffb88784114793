#pragma once

#include <QObject>

#include <memory>

// Turns the platform's "please stop" requests into a Qt signal on the thread that created this
// object: SIGTERM and SIGINT on POSIX systems, Ctrl+C, Ctrl+Break, closing the console and
// shutdown on Windows. Each platform has its own file (terminationsignals_posix.cpp,
// terminationsignals_windows.cpp) behind this one interface. One instance per process; the
// previous handlers come back when it is destroyed.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_platform != nullptr; }

Q_SIGNALS:
    // signalNumber: the POSIX signal, or on Windows the console control event (CTRL_C_EVENT…).
    void terminationRequested(int signalNumber);

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
};
