#include "commandline.h"

#include "shopsettingsloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace commandline {
namespace {

ParsedCommandLine failure(const QString &message)
{
    return {std::nullopt, 2,
            message + u'\n' + QCoreApplication::translate("CommandLine", "Try 'rentaldesk --help' for more information.")};
}

} // namespace

ParsedCommandLine parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "RentalDesk: bookings and rentals at the counter, offline first."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("CommandLine", "Use the SQLite database at <path>."),
                                QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Fill an empty database with demo data for <profile>: car, exhibition, item, taxi or product."),
        QStringLiteral("profile"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("CommandLine", "Show the application in <language>: en or ko."),
                                  QStringLiteral("language"));
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild-read-model"),
        QCoreApplication::translate("CommandLine", "Rebuild the My-bookings read model from the event log, then exit."));
    const QCommandLineOption backup(
        QStringLiteral("backup"),
        QCoreApplication::translate("CommandLine",
                                    "Save a copy of the database to <file> (safe while RentalDesk runs), then exit."),
        QStringLiteral("file"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("CommandLine",
                                    "Synchronise with the RentalDesk server at <url>, e.g. http://192.168.0.10:8080 "
                                    "(overrides RENTALDESK_SERVER and the settings file)."),
        QStringLiteral("url"));
    const QCommandLineOption device(
        QStringLiteral("device"),
        QCoreApplication::translate("CommandLine", "Name this counter <name> on the server (default: its device id)."),
        QStringLiteral("name"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("CommandLine", "Run as a full-screen self-service kiosk for customers "
                                                   "(settings: see the README, \"Kiosk\")."));
    const QString secretNames = QStringLiteral("sync-password, sync-token, payment-api-key, kiosk-pin");
    const QCommandLineOption storeSecret(
        QStringLiteral("store-secret"),
        QCoreApplication::translate("CommandLine", "Keep <name> (%1) in the system keychain, the value read from "
                                                   "standard input, then exit.")
            .arg(secretNames),
        QStringLiteral("name"));
    const QCommandLineOption forgetSecret(
        QStringLiteral("forget-secret"),
        QCoreApplication::translate("CommandLine", "Remove <name> from the system keychain, then exit."),
        QStringLiteral("name"));
    parser.addOptions({db, demo, lang, rebuild, backup, server, device, kiosk, storeSecret, forgetSecret});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption))
        return {std::nullopt, 0, parser.helpText()};
    if (parser.isSet(versionOption))
        return {std::nullopt, 0, QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst()));

    LaunchOptions options;
    options.databasePath = parser.value(db);
    if (parser.isSet(db) && options.databasePath.trimmed().isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "--db needs a file path."));
    if (parser.isSet(demo)) {
        options.demoProfile = profiles::fromKey(parser.value(demo));
        if (!options.demoProfile)
            return failure(QCoreApplication::translate("CommandLine",
                                                       "Unknown profile \"%1\": use car, exhibition, item, taxi or product.")
                               .arg(parser.value(demo)));
    }
    options.language = parser.value(lang);
    if (parser.isSet(lang) && options.language != QLatin1StringView("en") && options.language != QLatin1StringView("ko"))
        return failure(QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use en or ko.").arg(options.language));
    options.rebuildReadModel = parser.isSet(rebuild);
    options.backupPath = parser.value(backup);
    if (parser.isSet(backup) && options.backupPath.trimmed().isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "--backup needs a file path."));
    options.kiosk = parser.isSet(kiosk);
    if (parser.isSet(server)) {
        if (const QString problem = shopsettingsloader::serverUrlProblem(parser.value(server)); !problem.isEmpty())
            return failure(QCoreApplication::translate("CommandLine", "--server: %1").arg(problem));
        options.server = QUrl(parser.value(server).trimmed(), QUrl::StrictMode);
    }
    options.device = parser.value(device).trimmed();
    if (parser.isSet(device) && options.device.isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "--device needs a name."));
    for (const auto &[option, target] : {std::pair{&storeSecret, &options.storeSecret},
                                          std::pair{&forgetSecret, &options.forgetSecret}}) {
        if (!parser.isSet(*option))
            continue;
        *target = secrets::fromName(parser.value(*option));
        if (!*target)
            return failure(QCoreApplication::translate("CommandLine", "Unknown secret \"%1\": use %2.")
                               .arg(parser.value(*option), secretNames));
    }
    if (options.storeSecret && options.forgetSecret)
        return failure(QCoreApplication::translate("CommandLine", "Use --store-secret and --forget-secret one at a time."));
    return {options, 0, {}};
}

} // namespace commandline
