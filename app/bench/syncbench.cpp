#include "syncbench.h"

#include "api/backend.h"
#include "benchlogging.h"
#include "benchreport.h"
#include "core/commandcontext.h"
#include "core/commandexecutor.h"
#include "domain/clock.h"
#include "domain/ids.h"
#include "payment/builtingateway.h"
#include "serverprocess.h"
#include "storage/sqlquery.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/synccommands.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace {

constexpr qint64 Day = 24 * 60 * 60;
constexpr int WaitLimitMs = 30 * 60 * 1000;

// A counter of the bench: its own database, syncing as the demo clerk.
class BenchCounter final
{
public:
    BenchCounter(const QString &path, const QString &device, const QUrl &server)
    {
        ShopSettings shop;
        shop.syncClient = true;
        shop.deviceId = device;
        DatabaseOptions options;
        options.path = path;
        options.durability = DatabaseOptions::Durability::Normal;
        m_backend = std::make_unique<Backend>(options, shop, m_clock, m_gateway);
        m_settings.server = server;
        m_settings.device = device;
        m_settings.username = QStringLiteral("clerk");
        m_settings.password = QStringLiteral("rentaldesk");
        m_settings.pushBatch = SyncBench::PushBatch;
        m_settings.pullLimit = SyncBench::PullLimit;
    }

    Result<int> open() { return m_backend->open().result(); }
    Backend &backend() { return *m_backend; }

    // Runs the engine until `done` says so after a status change or a catch-up; false on timeout.
    bool syncUntil(const std::function<bool(const SyncStatus *)> &done)
    {
        SyncEngine engine(*m_backend, m_settings);
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::statusChanged, &loop, [&](const SyncStatus &status) {
            if (done(&status))
                loop.quit();
        });
        QObject::connect(&engine, &SyncEngine::caughtUp, &loop, [&]() {
            if (done(nullptr))
                loop.quit();
        });
        QTimer::singleShot(WaitLimitMs, &loop, [&loop]() { loop.exit(1); });
        engine.start();
        return loop.exec() == 0;
    }

private:
    SystemClock m_clock;
    BuiltinGateway m_gateway;
    SyncSettings m_settings;
    std::unique_ptr<Backend> m_backend;
};

// Offline bookings that never overlap: each car in turn, two days apart, far ahead.
Result<qint64> queueBookings(Backend &backend, int count)
{
    return backend.executor()
        .execute<qint64>([count](CommandContext &context) -> Result<qint64> {
            SqlQuery cars(context.db, QStringLiteral("SELECT id FROM resources WHERE status = 0 ORDER BY id"));
            auto resources = cars.collect([](const SqlQuery &q) { return q.uuid(0); });
            SqlQuery people(context.db, QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 100"));
            auto customers = people.collect([](const SqlQuery &q) { return q.uuid(0); });
            if (!resources || !customers || resources->isEmpty() || customers->isEmpty())
                return Error{QStringLiteral("setup"), QStringLiteral("the counter has no resources or customers")};
            const qint64 firstDay = (context.clock.nowSecs() / Day + 400) * Day;
            for (int i = 0; i < count; ++i) {
                Reservation r;
                r.id = ids::newId();
                r.resourceId = resources->at(i % resources->size());
                r.customerId = customers->at(i % customers->size());
                r.quantity = 1;
                r.period = Period::make(firstDay + (i / resources->size()) * 2 * Day,
                                        firstDay + ((i / resources->size()) * 2 + 1) * Day).value();
                RD_TRY(outbox::record(context, synccommands::hold(r)));
            }
            return qint64(count);
        })
        .result();
}

} // namespace

SyncBench::SyncBench(ServerProcess &server, QString folder, const BenchScale &scale)
    : m_server(server), m_folder(std::move(folder)), m_scale(scale)
{
}

Result<QJsonObject> SyncBench::push()
{
    BenchCounter counter(m_folder + QStringLiteral("/push-counter.sqlite"), QStringLiteral("bench-push"), m_server.url());
    RD_TRY(counter.open());
    // First the shop's cars and customers, as any counter would have them.
    if (!counter.syncUntil([](const SyncStatus *status) { return status == nullptr; }))
        return Error{QStringLiteral("timeout"), QStringLiteral("the first pull did not finish")};
    auto queued = queueBookings(counter.backend(), m_scale.syncCommands);
    if (!queued)
        return queued.error();
    qCInfo(lcBench) << "pushing" << queued.value() << "offline bookings";
    QElapsedTimer timer;
    timer.start();
    qint64 pushedMs = -1;
    const bool done = counter.syncUntil([&](const SyncStatus *status) {
        if (status && status->pending == 0 && pushedMs < 0)
            pushedMs = timer.elapsed();
        return pushedMs >= 0;
    });
    if (!done)
        return Error{QStringLiteral("timeout"), QStringLiteral("the push did not finish")};
    const double seconds = double(pushedMs) / 1000.0;
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("sync_push")},
                       {QStringLiteral("commands"), queued.value()},
                       {QStringLiteral("seconds"), BenchReport::rounded(seconds, 3)},
                       {QStringLiteral("ops_per_s"), BenchReport::rounded(double(queued.value()) / seconds, 0)}};
}

Result<QJsonObject> SyncBench::pull()
{
    BenchCounter counter(m_folder + QStringLiteral("/pull-counter.sqlite"), QStringLiteral("bench-pull"), m_server.url());
    RD_TRY(counter.open());
    QElapsedTimer timer;
    timer.start();
    if (!counter.syncUntil([](const SyncStatus *status) { return status == nullptr; }))
        return Error{QStringLiteral("timeout"), QStringLiteral("the pull did not finish")};
    const double seconds = double(timer.elapsed()) / 1000.0;
    auto cursor = counter.backend().readers().read<Result<qint64>>([](const QSqlDatabase &db) {
        SqlQuery select(db, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_pull_cursor'"));
        auto value = select.first([](const SqlQuery &q) { return q.integer(0); });
        if (!value)
            return Result<qint64>(value.error());
        return Result<qint64>(value->value_or(0));
    }).result();
    if (!cursor)
        return cursor.error();
    // The server's change log numbers its entries from 1: the cursor is how many were pulled.
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("sync_pull")},
                       {QStringLiteral("changes"), cursor.value()},
                       {QStringLiteral("seconds"), BenchReport::rounded(seconds, 3)},
                       {QStringLiteral("ops_per_s"), BenchReport::rounded(double(cursor.value()) / seconds, 0)}};
}
