#pragma once

#include "domain/profile.h"
#include "domain/role.h"
#include "storage/connection.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// `--add-user`: an account created from the command line (the password comes from stdin).
struct AddUserRequest final
{
    QString username;
    QString displayName; // the user name when not given
    Role role = Role::Clerk;
    Profile profile = Profile::Car; // the shop's business, when this is its first account
};

// `--issue-token`: a device token printed on stdout.
struct IssueTokenRequest final
{
    QString username;
    QString device;
};

// What `rentaldesk-server` was asked to do: serve (the default), or create an account or a
// token and exit. `--demo` may come with any of them and runs first.
struct ServerOptions final
{
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;

    QString listenHost = QStringLiteral("127.0.0.1"); // as written, for the "listening on" line
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080; // 0 = any free port
    DatabaseOptions database;
    std::optional<Profile> demoProfile;
    std::optional<AddUserRequest> addUser;
    std::optional<IssueTokenRequest> issueToken;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    int answerDelayMs = 0; // hidden: holds every answer back, to test draining on SIGTERM
};

// The command line, parsed before anything opens. `--help` and `--version` print and ask to
// exit 0; bad arguments print a clear message and ask to exit 2.
struct ParsedServerCommandLine final
{
    std::optional<ServerOptions> options;
    int exitCode = 0;
    QString output; // for stdout (help, version) or stderr (errors)
};

namespace servercommandline {

ParsedServerCommandLine parse(const QStringList &arguments);

// `--database`: "sqlite:PATH" (or an empty value for the default file in the app-data
// folder). Returns the options, or fills `error`. PostgreSQL URLs are recognised here.
std::optional<DatabaseOptions> parseDatabase(const QString &spec, QString &error);

// "HOST:PORT" with an IPv4 address, "[IPv6]" or "localhost"; fills `error` when invalid.
bool parseListen(const QString &text, ServerOptions &options, QString &error);

} // namespace servercommandline
