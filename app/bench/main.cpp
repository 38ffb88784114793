#include "benchcommandline.h"
#include "benchreport.h"
#include "benchrunner.h"

#include <QCoreApplication>
#include <QTextStream>

// rentaldesk-bench: performance figures of the services layer, for people and for CI.
// Exit codes: 0 done, 1 a bench failed, 2 bad command line.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rentaldesk-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENTALDESK_VERSION));

    const auto options = benchcommandline::parse(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << options.error().message << u'\n'
                            << QStringLiteral("Try \"rentaldesk-bench --help\".") << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    BenchReport report(out, options->json);
    BenchRunner runner(options.value(), report);
    return runner.run();
}
