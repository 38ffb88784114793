#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace databaseurl {
namespace {

Error invalid(const QString &reason)
{
    return Error{QStringLiteral("invalid_database_url"),
                 QCoreApplication::translate("Errors", "The database address is not valid: %1").arg(reason)};
}

bool isPlainName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

Result<DatabaseOptions> parseSqlite(const QString &path)
{
    if (path.isEmpty())
        return invalid(QCoreApplication::translate("Errors", "sqlite: must be followed by the path of a file."));
    DatabaseOptions options;
    options.path = path;
    return options;
}

Result<DatabaseOptions> parsePostgreSql(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QCoreApplication::translate("Errors", "expected postgresql://USER@HOST:PORT/DATABASE."));
    DatabaseOptions options;
    options.engine = DatabaseOptions::Engine::PostgreSQL;
    options.user = url.userName(QUrl::FullyDecoded);
    options.password = url.password(QUrl::FullyDecoded);
    options.host = url.host(QUrl::FullyDecoded);
    options.port = url.port(5432);
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    options.databaseName = database;
    if (options.user.isEmpty())
        return invalid(QCoreApplication::translate("Errors", "the user name is missing (postgresql://USER@HOST:PORT/DATABASE)."));
    if (options.host.isEmpty())
        return invalid(QCoreApplication::translate("Errors", "the host is missing (postgresql://USER@HOST:PORT/DATABASE)."));
    if (options.port < 1 || options.port > 65535)
        return invalid(QCoreApplication::translate("Errors", "the port must be between 1 and 65535."));
    if (options.databaseName.isEmpty() || options.databaseName.contains(u'/'))
        return invalid(QCoreApplication::translate("Errors", "the database name is missing (postgresql://USER@HOST:PORT/DATABASE)."));
    if (url.hasFragment())
        return invalid(QCoreApplication::translate("Errors", "a # part is not allowed."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1StringView("schema"))
            return invalid(QCoreApplication::translate("Errors", "unknown option \"%1\" (only schema is allowed).").arg(key));
        if (!isPlainName(value))
            return invalid(QCoreApplication::translate("Errors", "the schema name may have only letters, digits and underscores."));
        options.schema = value;
    }
    return options;
}

} // namespace

Result<DatabaseOptions> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1StringView("sqlite:")))
        return parseSqlite(trimmed.mid(7));
    if (trimmed.startsWith(QLatin1StringView("postgresql://")) || trimmed.startsWith(QLatin1StringView("postgres://")))
        return parsePostgreSql(trimmed);
    return invalid(QCoreApplication::translate("Errors", "use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE."));
}

} // namespace databaseurl
