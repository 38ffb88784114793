// rentaldesk-paysim: a payment provider that speaks RentalDesk's payment provider contract
// (resources/api/payment-provider.md) on loopback, for demos and tests, and misbehaves on
// request (GET/PUT /control). Everything stays in memory; SIGTERM or SIGINT ends it with 0.
#include "paysimcommandline.h"
#include "paysimcontrol.h"
#include "paysimhandler.h"
#include "paysimidempotency.h"
#include "paysimledger.h"
#include "paysimserver.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTcpServer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RentalDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("rentaldesk-paysim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENTALDESK_VERSION));

    const ParsedPaySimCommandLine parsed =
        paysimcommandline::parse(app.arguments(), qEnvironmentVariable("RENTALDESK_PAYSIM_API_KEY"));
    if (!parsed.options) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(parsed.output));
        return parsed.exitCode;
    }
    const PaySimOptions &options = *parsed.options;

    PaySimLedger ledger;
    PaySimIdempotency idempotency;
    PaySimControl control(options.control, options.seed.value_or(QRandomGenerator::system()->generate()));
    PaySimHandler handler(ledger, idempotency, control, options.apiKey);
    PaySimServer server(handler);

    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app, [&app](int) { app.quit(); });
    auto *listener = new QTcpServer(&server);
    if (!listener->listen(options.listenAddress, options.port)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("PaySim", "Cannot listen on %1:%2: %3")
                                    .arg(options.listenHost)
                                    .arg(options.port)
                                    .arg(listener->errorString())));
        return 1;
    }
    server.bind(listener);
    // Tests and scripts read the port from this line (with --listen HOST:0 it is chosen here).
    std::printf("listening on %s:%u\n", qPrintable(options.listenHost), unsigned(listener->serverPort()));
    std::fflush(stdout);
    return app.exec();
}
