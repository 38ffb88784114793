#include "servercommandline.h"

#include "listenaddress.h"
#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace servercommandline {
namespace {

// The translation context of the server's command line.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)
};

// The body limit from the settings file (server/maxBodyBytes) or the environment
// (RENTALDESK_MAX_BODY_BYTES, which wins); --max-body-size overrides both.
qint64 configuredMaxBodyBytes()
{
    bool ok = false;
    qint64 bytes = qEnvironmentVariable("RENTALDESK_MAX_BODY_BYTES").toLongLong(&ok);
    if (!ok)
        bytes = QSettings().value(QStringLiteral("server/maxBodyBytes")).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : ServerOptions::DefaultMaxBodyBytes;
}

ParsedServerCommandLine failure(const QString &message)
{
    return {std::nullopt, 2, message + u'\n' + Text::tr("Try 'rentaldesk-server --help' for more information.")};
}

} // namespace

std::optional<DatabaseOptions> parseDatabase(const QString &spec, QString &error)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.startsWith(QLatin1StringView("postgresql://"))
        || trimmed.startsWith(QLatin1StringView("postgres://"))) {
        auto parsed = databaseurl::parse(trimmed);
        if (!parsed) {
            error = parsed.error().message;
            return std::nullopt;
        }
        return parsed.value();
    }
    if (!trimmed.startsWith(QLatin1StringView("sqlite:"))) {
        error = Text::tr("Unknown database \"%1\": use sqlite:PATH or postgresql://USER@HOST:PORT/DB.").arg(spec);
        return std::nullopt;
    }
    const QString path = trimmed.mid(7);
    if (path.isEmpty()) {
        error = Text::tr("--database sqlite: needs a file path.");
        return std::nullopt;
    }
    DatabaseOptions options;
    options.path = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
    return options;
}

bool parseListen(const QString &text, ServerOptions &options, QString &error)
{
    const auto listen = parseListenAddress(text, QStringLiteral("127.0.0.1:8080"), error);
    if (!listen)
        return false;
    options.listenHost = listen->host;
    options.listenAddress = listen->address;
    options.port = listen->port;
    return true;
}

ParsedServerCommandLine parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "RentalDesk server: the REST API and sync point of the counters. Listens on 127.0.0.1:8080 by default."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"), Text::tr("Listen on <host:port> (default 127.0.0.1:8080; port 0 picks a free port)."),
        QStringLiteral("host:port"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        Text::tr(
            "The database: sqlite:PATH (default: a file in the app-data folder) or postgresql://USER@HOST:PORT/DB."),
        QStringLiteral("spec"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        Text::tr("Fill an empty database with demo data for <profile>: car, exhibition, item, taxi or product."),
        QStringLiteral("profile"));
    const QCommandLineOption addUser(
        QStringLiteral("add-user"),
        Text::tr(
            "Create the account <username> (password read from stdin), then exit. The shop's first account must be a "
            "manager."),
        QStringLiteral("username"));
    const QCommandLineOption role(QStringLiteral("role"), Text::tr("With --add-user: manager, clerk or customer."),
                                  QStringLiteral("role"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Text::tr("With --add-user for the first account: the shop's business (car, "
                                              "exhibition, item, taxi or product; default car)."),
                                     QStringLiteral("profile"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         Text::tr("With --add-user: the name shown for the account."),
                                         QStringLiteral("name"));
    const QCommandLineOption issueToken(QStringLiteral("issue-token"),
                                        Text::tr("Print a new API token for <username> (with --device), then exit."),
                                        QStringLiteral("username"));
    const QCommandLineOption device(
        QStringLiteral("device"), Text::tr("With --issue-token: the device the token is for."), QStringLiteral("name"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-size"),
                                     Text::tr("Refuse request bodies larger than <bytes> (default 1048576, or "
                                              "server/maxBodyBytes in the settings, or RENTALDESK_MAX_BODY_BYTES)."),
                                     QStringLiteral("bytes"));
    QCommandLineOption answerDelay(QStringLiteral("debug-answer-delay-ms"), Text::tr("Hold every answer back."),
                                   QStringLiteral("ms"));
    answerDelay.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {listen, database, demo, addUser, role, profile, displayName, issueToken, device, maxBody, answerDelay});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption))
        return {std::nullopt, 0, parser.helpText()};
    if (parser.isSet(versionOption))
        return {std::nullopt, 0, QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return failure(Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    ServerOptions options;
    QString error;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), options, error))
        return failure(error);
    if (parser.isSet(database)) {
        auto chosen = parseDatabase(parser.value(database), error);
        if (!chosen)
            return failure(error);
        options.database = *chosen;
    } else {
        options.database.path = connection::defaultDatabasePath();
    }
    if (parser.isSet(demo)) {
        options.demoProfile = profiles::fromKey(parser.value(demo));
        if (!options.demoProfile)
            return failure(Text::tr("Unknown profile \"%1\": use car, exhibition, item, taxi or product.")
                               .arg(parser.value(demo)));
    }
    if (parser.isSet(addUser) && parser.isSet(issueToken))
        return failure(Text::tr("Use --add-user and --issue-token one at a time."));
    if (parser.isSet(addUser)) {
        AddUserRequest request;
        request.username = parser.value(addUser).trimmed();
        if (!parser.isSet(role))
            return failure(Text::tr("--add-user needs --role manager, clerk or customer."));
        const auto chosenRole = roles::fromKey(parser.value(role));
        if (!chosenRole)
            return failure(Text::tr("Unknown role \"%1\": use manager, clerk or customer.").arg(parser.value(role)));
        request.role = *chosenRole;
        if (parser.isSet(profile)) {
            const auto chosenProfile = profiles::fromKey(parser.value(profile));
            if (!chosenProfile)
                return failure(Text::tr("Unknown profile \"%1\": use car, exhibition, item, taxi or product.")
                                   .arg(parser.value(profile)));
            request.profile = *chosenProfile;
        }
        request.displayName = parser.isSet(displayName) ? parser.value(displayName) : request.username;
        options.addUser = request;
    } else if (parser.isSet(role) || parser.isSet(profile) || parser.isSet(displayName)) {
        return failure(Text::tr("--role, --profile and --display-name go with --add-user."));
    }
    if (parser.isSet(issueToken)) {
        if (!parser.isSet(device) || parser.value(device).trimmed().isEmpty())
            return failure(Text::tr("--issue-token needs --device NAME."));
        options.issueToken = IssueTokenRequest{parser.value(issueToken).trimmed(), parser.value(device).trimmed()};
    } else if (parser.isSet(device)) {
        return failure(Text::tr("--device goes with --issue-token."));
    }
    options.maxBodyBytes = configuredMaxBodyBytes();
    if (parser.isSet(maxBody)) {
        bool ok = false;
        options.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
        if (!ok || options.maxBodyBytes < 1)
            return failure(
                Text::tr("--max-body-size needs a positive number of bytes (got \"%1\").").arg(parser.value(maxBody)));
    }
    if (parser.isSet(answerDelay)) {
        bool ok = false;
        options.answerDelayMs = parser.value(answerDelay).toInt(&ok);
        if (!ok || options.answerDelayMs < 0)
            return failure(Text::tr("--debug-answer-delay-ms needs a number of milliseconds."));
    }
    return {options, 0, {}};
}

} // namespace servercommandline
