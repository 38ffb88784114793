#pragma once

#include <QtGlobal>

// What the scheduler did to the calling thread and to the machine, to tell a stall our code
// caused from one the system caused. Linux only (/proc); elsewhere every figure reads 0.
namespace schedstats {

// CPU time the calling thread has used.
qint64 threadCpuNs();
// Time the calling thread has spent runnable but waiting for a core.
qint64 threadQueuedNs();
// Time the hypervisor has run something else while this machine's CPUs wanted to run (all CPUs).
qint64 machineStealNs();

} // namespace schedstats
