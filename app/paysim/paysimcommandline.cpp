#include "paysimcommandline.h"

#include "listenaddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace paysimcommandline {
namespace {

// The translation context of the simulator's command line.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(PaySimCommandLine)
};

ParsedPaySimCommandLine failure(const QString &message)
{
    return {std::nullopt, 2, message + u'\n' + Text::tr("Try 'rentaldesk-paysim --help' for more information.")};
}

bool parseListen(const QString &text, PaySimOptions &options, QString &error)
{
    const auto listen = parseListenAddress(text, QStringLiteral("127.0.0.1:8099"), error);
    if (!listen)
        return false;
    options.listenHost = listen->host;
    options.listenAddress = listen->address;
    options.port = listen->port;
    return true;
}

} // namespace

ParsedPaySimCommandLine parse(const QStringList &arguments, const QString &environmentApiKey)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("RentalDesk payment provider simulator: speaks the payment provider contract "
                 "(resources/api/payment-provider.md) on 127.0.0.1:8099 by default, and misbehaves on request "
                 "through PUT /control."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"), Text::tr("Listen on <host:port> (default 127.0.0.1:8099; port 0 picks a free port)."),
        QStringLiteral("host:port"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    Text::tr("The API key clients must send (default paysim-demo-key, or "
                                             "RENTALDESK_PAYSIM_API_KEY, which other users cannot see)."),
                                    QStringLiteral("key"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     Text::tr("Hold every answer back for <ms> milliseconds (default 0)."),
                                     QStringLiteral("ms"));
    const QCommandLineOption failureRate(QStringLiteral("failure-rate"),
                                         Text::tr("Fail this share of requests (0 to 1) with 500 (default 0)."),
                                         QStringLiteral("rate"));
    const QCommandLineOption outage(QStringLiteral("outage"), Text::tr("Start in an outage: every request gets 503."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("Seed of the failure rate's random draws, to repeat a run exactly."),
                                  QStringLiteral("n"));
    parser.addOptions({listen, apiKey, latency, failureRate, outage, seed});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption))
        return {std::nullopt, 0, parser.helpText()};
    if (parser.isSet(versionOption))
        return {std::nullopt, 0, QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return failure(Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    PaySimOptions options;
    QString error;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), options, error))
        return failure(error);
    const QString key = parser.isSet(apiKey) ? parser.value(apiKey) : environmentApiKey;
    if (parser.isSet(apiKey) || !key.isEmpty()) {
        if (key.trimmed().isEmpty() || key.trimmed() != key)
            return failure(Text::tr("The API key must not be empty or start or end with spaces."));
        options.apiKey = key.toUtf8();
    }
    if (parser.isSet(latency)) {
        bool ok = false;
        options.control.latencyMs = parser.value(latency).toInt(&ok);
        if (!ok || options.control.latencyMs < 0 || options.control.latencyMs > PaySimControl::MaxLatencyMs)
            return failure(Text::tr("--latency-ms needs a whole number from 0 to %1 (got \"%2\").")
                               .arg(PaySimControl::MaxLatencyMs)
                               .arg(parser.value(latency)));
    }
    if (parser.isSet(failureRate)) {
        bool ok = false;
        options.control.failureRate = parser.value(failureRate).toDouble(&ok);
        if (!ok || !(options.control.failureRate >= 0.0 && options.control.failureRate <= 1.0))
            return failure(
                Text::tr("--failure-rate needs a number from 0 to 1 (got \"%1\").").arg(parser.value(failureRate)));
    }
    options.control.outage = parser.isSet(outage);
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return failure(Text::tr("--seed needs a whole number from 0 to 4294967295 (got \"%1\").")
                               .arg(parser.value(seed)));
    }
    return {options, 0, {}};
}

} // namespace paysimcommandline
