#pragma once

// How the service threads share the cores with the thread a person is watching.
enum class WorkerPriority {
    Normal,           // a server or a command-line tool: the workers are the work
    BelowInteractive, // the desktop: when the GUI thread and a worker both want a core, the GUI goes first
};

namespace workerpriority {

// Gives the calling thread `priority`, relative to the process's main thread; calling it
// again changes nothing.
void applyToCurrentThread(WorkerPriority priority);

} // namespace workerpriority
