#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// Where a server of ours listens, from a `--listen HOST:PORT` argument.
struct ListenAddress final
{
    QString host; // as written, for the "listening on" line
    QHostAddress address;
    quint16 port = 0; // 0 = any free port
};

// "HOST:PORT" with an IPv4 address, "[IPv6]" or "localhost". Otherwise nothing, and `error`
// says why, showing `example` (e.g. "127.0.0.1:8080") as the form to use.
std::optional<ListenAddress> parseListenAddress(const QString &text, const QString &example, QString &error);
