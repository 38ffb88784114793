#pragma once

#include "paysimcontrol.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// What `rentaldesk-paysim` was started with.
struct PaySimOptions final
{
    static constexpr quint16 DefaultPort = 8099;

    QString listenHost = QStringLiteral("127.0.0.1"); // as written, for the "listening on" line
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0 = any free port
    QByteArray apiKey = QByteArrayLiteral("paysim-demo-key");
    PaySimControl::Settings control;
    std::optional<quint32> seed; // none: a random one
};

// The command line, parsed before anything listens. `--help` and `--version` print and ask
// to exit 0; bad arguments print a clear message and ask to exit 2.
struct ParsedPaySimCommandLine final
{
    std::optional<PaySimOptions> options;
    int exitCode = 0;
    QString output; // for stdout (help, version) or stderr (errors)
};

namespace paysimcommandline {

// `environmentApiKey`: RENTALDESK_PAYSIM_API_KEY, used unless --api-key is given.
ParsedPaySimCommandLine parse(const QStringList &arguments, const QString &environmentApiKey);

} // namespace paysimcommandline
