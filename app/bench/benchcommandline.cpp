#include "benchcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace benchcommandline {

QStringList benchNames()
{
    // baseline and export before gui_stall: the import of gui_stall adds bookings the others would see.
    return {QStringLiteral("bulk_import"), QStringLiteral("hold"),      QStringLiteral("availability"),
            QStringLiteral("inventory_page"),
            QStringLiteral("view_open"),   QStringLiteral("view_sort"), QStringLiteral("view_filter"),
            QStringLiteral("rss"),         QStringLiteral("baseline"),  QStringLiteral("export"),
            QStringLiteral("gui_stall"),
            QStringLiteral("sync_push"),   QStringLiteral("sync_pull"), QStringLiteral("server_get"),
            QStringLiteral("breaker"),     QStringLiteral("sqlite_floor")};
}

Result<BenchOptions> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures RentalDesk's storage and services on a generated database of a million "
        "bookings. Benches: ") + benchNames().join(QStringLiteral(", ")) + u'.');
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One compact JSON object per bench and line."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("About a hundredth of the full scale: a few seconds, for CI."));
    parser.addOption(json);
    parser.addOption(quick);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Benches to run (default: all)."),
                                 QStringLiteral("[name...]"));

    if (!parser.parse(arguments))
        return Error{QStringLiteral("usage"), parser.errorText()};
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits

    BenchOptions options;
    options.json = parser.isSet(json);
    options.quick = parser.isSet(quick);
    const QStringList asked = parser.positionalArguments();
    for (const QString &name : asked) {
        if (!benchNames().contains(name))
            return Error{QStringLiteral("usage"),
                         QStringLiteral("Unknown bench \"%1\"; the benches are %2.")
                             .arg(name, benchNames().join(QStringLiteral(", ")))};
    }
    // Run order is fixed whatever order they were named in, and each bench runs once.
    for (const QString &name : benchNames()) {
        if (asked.isEmpty() || asked.contains(name))
            options.benches.append(name);
    }
    return options;
}

} // namespace benchcommandline
