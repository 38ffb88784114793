// The child process of tst_crash: writes bookings into the database named on the command
// line until it is killed. See BookingWriter.

#include "bookingwriter.h"

#include "api/backend.h"
#include "domain/clock.h"
#include "payment/builtingateway.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: crashwriter DATABASE\n");
        return 1;
    }

    SystemClock clock;
    BuiltinGateway gateway;
    // Full durability is what the app ships with: the one whose promise we test.
    Backend backend(DatabaseOptions{args.at(1), DatabaseOptions::Durability::Full}, ShopSettings{},
                    clock, gateway);
    auto opened = backend.open();
    opened.waitForFinished();
    if (!opened.result()) {
        qCritical("crashwriter: cannot open %s: %s", qPrintable(args.at(1)),
                  qPrintable(opened.result().error().message));
        return 2;
    }

    BookingWriter writer(backend);
    if (auto prepared = writer.prepare(); !prepared) {
        qCritical("crashwriter: cannot prepare: %s", qPrintable(prepared.error().message));
        return 2;
    }
    // Enough queued commands that the service thread never waits for this one.
    writer.start(8);
    return app.exec();
}
