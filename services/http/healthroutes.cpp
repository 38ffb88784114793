#include "http/healthroutes.h"

#include "core/readerpool.h"
#include "http/apirouter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

ApiResponse status(const char *state)
{
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("status"), QLatin1StringView(state)}});
}

ApiResponse notReady(const QString &why)
{
    ApiResponse response = ApiResponse::problem(503, QStringLiteral("not_ready"), {}, why);
    response.addHeader("Retry-After", "1");
    return response;
}

} // namespace

namespace healthroutes {

void add(ApiRouter &router, std::function<bool()> migrated, ReaderPool &readers)
{
    router.add("GET", QStringLiteral("/health/live"), ApiRouter::Access::Public,
               [](const ApiRequest &) { return QtFuture::makeReadyFuture(status("live")); });
    router.add("GET", QStringLiteral("/health/ready"), ApiRouter::Access::Public,
               [migrated = std::move(migrated), &readers](const ApiRequest &) {
                   if (!migrated())
                       return QtFuture::makeReadyFuture(notReady(QCoreApplication::translate(
                           "Api", "The database is not open or its migrations have not run yet.")));
                   return readers
                       .read<bool>([](const QSqlDatabase &db) {
                           SqlQuery ping(db, QStringLiteral("SELECT 1"));
                           const auto one = ping.first([](const SqlQuery &row) { return row.integer(0); });
                           return one.ok() && one.value() == 1;
                       })
                       .then([](bool answered) {
                           return answered
                               ? status("ready")
                               : notReady(QCoreApplication::translate("Api", "The database does not answer."));
                       });
               });
}

} // namespace healthroutes
