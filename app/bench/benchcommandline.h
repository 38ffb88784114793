#pragma once

#include "domain/result.h"

#include <QStringList>

// What a run was asked to do.
struct BenchOptions final
{
    bool json = false;
    bool quick = false;
    QStringList benches; // in run order; every bench when none was named
};

// `rentaldesk-bench --json [--quick] [NAME ...]`, parsed with QCommandLineParser. --help
// and --version print and exit; anything it cannot run is an error for the caller to
// report (exit code 2), never a guess.
namespace benchcommandline {

// Every bench, in the order they run (hold and availability reuse bulk_import's database).
QStringList benchNames();
Result<BenchOptions> parse(const QStringList &arguments);

} // namespace benchcommandline
