// A counter in its own process, for the test that kills a counter in the middle of a pull:
//   synccounterprocess DATABASE SERVER_URL DEVICE PULL_LIMIT
// Prints "status pending=N receiving=N …" after every completed step and "caught up" when it has all of
// the server's changes, then exits.
#include "api/backend.h"
#include "domain/clock.h"
#include "payment/builtingateway.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    ShopSettings shop;
    shop.syncClient = true;
    shop.deviceId = args.at(3);
    SystemClock clock;
    BuiltinGateway gateway;
    DatabaseOptions database;
    database.path = args.at(1);
    Backend backend(database, shop, clock, gateway);
    if (!backend.open().result())
        return 3;
    SyncSettings settings;
    settings.server = QUrl(args.at(2));
    settings.device = args.at(3);
    settings.username = QStringLiteral("clerk");
    settings.password = QStringLiteral("rentaldesk");
    settings.pullLimit = args.at(4).toInt();
    SyncEngine engine(backend, settings);
    QTextStream out(stdout);
    QObject::connect(&engine, &SyncEngine::statusChanged, &app, [&out](const SyncStatus &status) {
        out << "status pending=" << status.pending << " receiving=" << status.receiving << " online=" << status.online
            << " error=" << status.lastError << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::caughtUp, &app, [&out, &app]() {
        out << "caught up" << Qt::endl;
        app.quit();
    });
    engine.start();
    return app.exec();
}
