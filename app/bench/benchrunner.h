#pragma once

#include "benchcommandline.h"
#include "benchreport.h"
#include "benchscale.h"
#include "dataset.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

class ServerProcess;

// Runs the benches that were asked for, in order, in a temporary folder that disappears
// afterwards. The million-booking database is built once per run, by the first bench that
// needs it, and shared by the others.
class BenchRunner final
{
public:
    BenchRunner(const BenchOptions &options, BenchReport &report);
    ~BenchRunner();

    // The process exit code: 0 when every bench ran, 1 when one failed.
    int run();

private:
    Result<void> runBench(const QString &name);
    Result<void> ensureDataset();
    // The sync and server benches share one rentaldesk-server with the car demo shop.
    Result<void> ensureServer();
    Result<void> runServerBench(const QString &name);

    BenchOptions m_options;
    BenchScale m_scale;
    BenchReport &m_report;
    QTemporaryDir m_folder;
    std::optional<Dataset> m_dataset;
    ImportFigures m_import;
    std::unique_ptr<ServerProcess> m_server;
    bool m_pushed = false; // sync_pull and server_get need sync_push's bookings on the server
};
