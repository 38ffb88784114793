#include "benchcommandline.h"
#include "benchreport.h"
#include "benchrunner.h"
#include "viewbench.h"

#include <QApplication>
#include <QTextStream>

// rentaldesk-bench: performance figures of the services layer and the Bookings list, for
// people and for CI.
// Exit codes: 0 done, 1 a bench failed, 2 bad command line.
int main(int argc, char *argv[])
{
    // The view benches show a QTableView; nobody needs to see it, and CI has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rentaldesk-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENTALDESK_VERSION));

    if (const QString path = qEnvironmentVariable(ViewBench::ChildVariable); !path.isEmpty())
        return ViewBench::rssChild(path); // the child process of the rss bench

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
