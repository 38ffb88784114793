#include "stallbench.h"

#include "benchlogging.h"
#include "benchreport.h"
#include "schedstats.h"
#include "core/changeset.h"
#include "core/workerpriority.h"
#include "domain/ids.h"
#include "storage/connection.h"
#include "storage/reservationrepository.h"
#include "timelinegenerator.h"
#include "viewfixture.h"

#include <QEventLoop>
#include <QSqlError>
#include <QThread>
#include <QTimer>


namespace {

constexpr qsizetype ChunkRows = 5'000;
constexpr int ReloadEveryMs = 250;
constexpr qint64 FrameNs = 16'000'000; // a tick later than a frame is a stall a person sees

// Bookings after everything the dataset holds, so they collide with nothing.
QList<Reservation> makeBookings(const Dataset &dataset, qsizetype from, qsizetype count)
{
    QList<Reservation> list;
    list.reserve(count);
    for (qsizetype i = from; i < from + count; ++i) {
        Reservation r;
        r.id = ids::newId();
        r.resourceId = dataset.bookable.at(i % dataset.bookable.size()).id;
        r.customerId = dataset.customers.at(i % dataset.customers.size());
        const qint64 start = dataset.rangeEnd + TimelineGenerator::Day * (1 + 2 * (i / dataset.bookable.size()));
        r.period = Period{start, start + TimelineGenerator::Day};
        r.amount = Money{50'000, QStringLiteral("KRW")};
        r.status = ReservationStatus::Confirmed;
        r.paymentStatus = PaymentStatus::Approved;
        r.originDevice = QStringLiteral("bench-import");
        r.createdAt = r.updatedAt = dataset.now;
        list.append(std::move(r));
    }
    return list;
}

} // namespace

StallBench::StallBench(const Dataset &dataset, const BenchScale &scale) : m_dataset(dataset), m_scale(scale) {}

Result<QJsonObject> StallBench::run()
{
    ViewFixture fixture(m_dataset);
    RD_TRY(fixture.open());
    if (auto shown = fixture.showList(); !shown)
        return shown.error();
    RD_TRY(fixture.waitCounted());

    const qsizetype total = m_scale.stallImportRows;
    const Dataset dataset = m_dataset; // the thread's own copy
    QString failure; // written by the thread, read after it finished
    std::unique_ptr<QThread> importer(QThread::create([dataset, total, &failure]() {
        const QString name = QStringLiteral("bench-stall-import");
        // In the app an import is the service thread's work, which runs below the GUI thread.
        workerpriority::applyToCurrentThread(WorkerPriority::BelowInteractive);
        {
            auto db = connection::open(name, DatabaseOptions{dataset.path, DatabaseOptions::Durability::Normal});
            if (!db) {
                failure = db.error().message;
            } else {
                QSqlDatabase conn = db.value();
                for (qsizetype from = 0; from < total && failure.isEmpty(); from += ChunkRows) {
                    const QList<Reservation> chunk = makeBookings(dataset, from, std::min(ChunkRows, total - from));
                    conn.transaction();
                    if (auto inserted = reservationrepository::insertMany(conn, chunk); !inserted) {
                        conn.rollback();
                        failure = inserted.error().message;
                    } else if (!conn.commit()) {
                        failure = conn.lastError().text();
                    }
                }
            }
        }
        connection::close(name);
    }));

    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 maxGap = 0;
    qint64 lastCpu = schedstats::threadCpuNs();
    qint64 maxBusy = 0; // the most CPU the GUI thread used between two ticks
    // Where the longest gap went: the GUI thread's own work, waiting for a core, or neither
    // (blocked, or the whole virtual machine paused).
    qint64 lastQueued = schedstats::threadQueuedNs();
    qint64 worstGapBusy = 0;
    qint64 worstGapQueued = 0;
    qint64 ticks = 0;
    qint64 lateTicks = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&]() {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = schedstats::threadCpuNs();
        const qint64 queued = schedstats::threadQueuedNs();
        if (now - last > maxGap) {
            maxGap = now - last;
            worstGapBusy = cpu - lastCpu;
            worstGapQueued = queued - lastQueued;
        }
        maxBusy = std::max(maxBusy, cpu - lastCpu);
        lateTicks += now - last > FrameNs ? 1 : 0;
        last = now;
        lastCpu = cpu;
        lastQueued = queued;
        ++ticks;
    });
    // The import bypasses the service thread, so nothing announces its rows; announce them
    // the way committed commands do, and the open list reloads as it would at a busy counter.
    QTimer reload;
    reload.setInterval(ReloadEveryMs);
    QObject::connect(&reload, &QTimer::timeout, &fixture.model(), [&fixture]() {
        ChangeSet changes;
        changes.reservations.insert(QUuid::createUuid());
        Q_EMIT fixture.backend().executor().changed(changes);
    });

    int reloads = 0; // first pages shown while importing: how often the list followed
    QObject::connect(&fixture.model(), &BookingListModel::firstPageShown, &tick, [&reloads]() { ++reloads; });

    tick.start();
    reload.start();
    last = clock.nsecsElapsed();
    lastCpu = schedstats::threadCpuNs();
    lastQueued = schedstats::threadQueuedNs();
    const qint64 startCpu = lastCpu;
    const qint64 startSteal = schedstats::machineStealNs();
    QEventLoop loop;
    QObject::connect(importer.get(), &QThread::finished, &loop, &QEventLoop::quit);
    importer->start();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double guiCpuMs = double(schedstats::threadCpuNs() - startCpu) / 1e6;
    const double stealMs = double(schedstats::machineStealNs() - startSteal) / 1e6;
    tick.stop();
    reload.stop();
    importer->wait();
    if (!failure.isEmpty())
        return Error{QStringLiteral("import_failed"), failure};
    qCInfo(lcBench) << "imported" << total << "bookings beside the open list in" << seconds << "s";
    return QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("gui_stall")},
        {QStringLiteral("max_ms"), BenchReport::rounded(double(maxGap) / 1e6, 2)},
        {QStringLiteral("ticks"), ticks},
        // max_ms is what a person sees; on a busy machine most of it can be waiting for a
        // core. busy_max_ms is the GUI thread's own work in the worst gap: the list's cost.
        {QStringLiteral("busy_max_ms"), BenchReport::rounded(double(maxBusy) / 1e6, 2)},
        {QStringLiteral("late_ticks"), lateTicks},
        {QStringLiteral("worst_gap_busy_ms"), BenchReport::rounded(double(worstGapBusy) / 1e6, 2)},
        {QStringLiteral("worst_gap_queued_ms"), BenchReport::rounded(double(worstGapQueued) / 1e6, 2)},
        // CPU time the hypervisor took from this machine during the import (all CPUs, 10 ms ticks).
        {QStringLiteral("steal_ms"), BenchReport::rounded(stealMs, 0)},
        {QStringLiteral("gui_cpu_ms"), BenchReport::rounded(guiCpuMs, 0)}, // ticks included
        {QStringLiteral("reloads"), reloads},
        {QStringLiteral("imported"), qint64(total)},
        {QStringLiteral("seconds"), BenchReport::rounded(seconds, 2)},
    };
}
