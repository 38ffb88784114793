// The server's entry point: parses the command line, opens the database, and either runs a
// one-off action (--add-user, --issue-token) or serves the API until SIGTERM/SIGINT, then
// drains the requests in flight and exits 0. Creates the long-lived objects in order and
// destroys them in reverse.
#include "api/backend.h"
#include "api/cardsettlescheduler.h"
#include "api/holdexpiryscheduler.h"
#include "apiserver.h"
#include "apiwiring.h"
#include "boundedtcpserver.h"
#include "core/commandcontext.h"
#include "demo/demodata.h"
#include "domain/clock.h"
#include "http/apimetrics.h"
#include "http/apirouter.h"
#include "payment/paymentstack.h"
#include "security/apitokens.h"
#include "security/signinthrottle.h"
#include "serveradmin.h"
#include "servercommandline.h"
#include "serverlogging.h"
#include "shopsettingsloader.h"
#include "sync/changewaiter.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>

namespace {

// Longer than any request should take; a stuck one must not keep a stopping server alive.
constexpr int DrainTimeoutMs = 30'000;
constexpr int HoldExpiryCheckMs = 30'000;
// How often card charges deferred here and pending refunds are looked at (see the desktop's).
constexpr int CardSettleCheckMs = 5'000;

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RentalDesk"));
    // Its own settings and app-data folder: a counter and a server on one machine stay apart.
    QCoreApplication::setApplicationName(QStringLiteral("rentaldesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENTALDESK_VERSION));
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// The one-off actions: they may wait, nothing is being served.
int runAction(const ServerOptions &options, Backend &backend, ApiTokens &tokens)
{
    const Result<int> opened = backend.open().result();
    if (!opened)
        return fail(QCoreApplication::translate("Server", "The database %1 cannot be opened: %2")
                        .arg(options.database.displayName(), opened.error().message));
    if (options.demoProfile)
        if (const int code = serveradmin::fillDemo(backend, *options.demoProfile); code != 0)
            return code;
    if (options.addUser)
        return serveradmin::addUser(backend, *options.addUser);
    return serveradmin::issueToken(tokens, *options.issueToken);
}

// Opens (and migrates) the database while already answering /health/live, then adds the demo
// data if asked; `ready` is set once all that is done. A failure stops the server with exit 1.
void prepareDatabase(QCoreApplication &app, const ServerOptions &options, Backend &backend, std::atomic<bool> &ready)
{
    auto failAndExit = [&app](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        // Queued: a future that finished early runs this before app.exec(), where exit() is lost.
        QMetaObject::invokeMethod(
            &app, [&app]() { app.exit(1); }, Qt::QueuedConnection);
    };
    backend.open().then(&app, [&app, &options, &backend, &ready, failAndExit](const Result<int> &opened) {
        if (!opened) {
            failAndExit(QCoreApplication::translate("Server", "The database %1 cannot be opened: %2")
                            .arg(options.database.displayName(), opened.error().message));
            return;
        }
        auto markReady = [&ready, version = opened.value()]() {
            ready = true;
            qCInfo(lcServer, "Database ready (schema version %d).", version);
        };
        if (!options.demoProfile) {
            markReady();
            return;
        }
        const Profile profile = *options.demoProfile;
        backend.executor()
            .execute<DemoSummary>([profile](CommandContext &c) { return demodata::fill(c, profile); })
            .then(&app, [failAndExit, markReady](const Result<DemoSummary> &filled) {
                if (!filled)
                    failAndExit(QCoreApplication::translate("Server", "The demo data could not be created: %1")
                                    .arg(filled.error().message));
                else
                    markReady();
            });
    });
}

int serve(QCoreApplication &app, const ServerOptions &options, Backend &backend, ApiTokens &tokens,
          const CircuitBreaker &paymentBreaker)
{
    SignInThrottle throttle;
    ApiMetrics metrics;
    ApiRouter router;
    std::atomic<bool> ready = false;
    ChangeWaiter changes(backend.executor());
    // Unpaid holds expire here too: a counter's own expiry is not sent (each side runs it).
    // Queued behind the database's opening on the service thread, like every command.
    HoldExpiryScheduler expiry(backend.reservations(), HoldExpiryCheckMs);
    CardSettleScheduler cardSettling(backend.cardPayments(), CardSettleCheckMs);
    registerApi(router, backend, metrics, ApiContext{tokens, throttle, [&ready]() { return ready.load(); }, changes, paymentBreaker});
    ApiServer server(router, tokens, metrics, ApiServer::Limits{options.maxBodyBytes, options.answerDelayMs});
    // Before listening: from the first connection on, SIGTERM means "drain", never "die".
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app, [&server, &app, &changes](int number) {
        qCInfo(lcServer, "Signal %d: finishing the requests in flight, then stopping.", number);
        QTimer::singleShot(DrainTimeoutMs, &app, [&app]() {
            qCWarning(lcServer, "Requests still in flight after %d ms; stopping anyway.", DrainTimeoutMs);
            app.exit(1);
        });
        server.stopAccepting();
        changes.releaseAll(); // long polls answer now instead of holding the exit back
    });
    auto *listener = new BoundedTcpServer(options.maxBodyBytes, &server);
    if (!listener->listen(options.listenAddress, options.port))
        return fail(QCoreApplication::translate("Server", "Cannot listen on %1:%2: %3")
                        .arg(options.listenHost)
                        .arg(options.port)
                        .arg(listener->errorString()));
    server.bind(listener);
    // Tests and scripts read the port from this line (with --listen HOST:0 it is chosen here).
    std::printf("listening on http://%s:%u\n", qPrintable(options.listenHost), unsigned(listener->serverPort()));
    std::fflush(stdout);
    qCInfo(lcServer, "Serving the database %s", qPrintable(options.database.displayName()));
    prepareDatabase(app, options, backend, ready);

    QObject::connect(
        &server, &ApiServer::drained, &app, [&app]() { app.exit(0); }, Qt::QueuedConnection);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    QCoreApplication app(argc, argv);
    const ParsedServerCommandLine parsed = servercommandline::parse(app.arguments());
    if (!parsed.options) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(parsed.output));
        return parsed.exitCode;
    }
    const ServerOptions &options = *parsed.options;

    SystemClock clock;
    auto paymentSettings = shopsettingsloader::loadPayments();
    if (!paymentSettings) {
        std::fprintf(stderr, "%s\n", qPrintable(paymentSettings.error().message));
        return 2;
    }
    PaymentStack payments(paymentSettings.value());
    ShopSettings shop = shopsettingsloader::load();
    shop.recordChangeLog = true; // counters pull what changed here
    auto backend = std::make_unique<Backend>(options.database, shop, clock, payments.gateway());
    ApiTokens tokens(backend->executor(), backend->readers(), clock);
    const int exitCode = options.addUser || options.issueToken ? runAction(options, *backend, tokens)
                                                               : serve(app, options, *backend, tokens, payments.breaker());
    // The backend's threads finish their last continuations (which may use `tokens`) first.
    backend.reset();
    return exitCode;
}
