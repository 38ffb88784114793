#include "http/documentroutes.h"

#include "http/apirouter.h"

#include <QFile>

namespace documentroutes {

void add(ApiRouter &router)
{
    // Read once: the resource cannot change while the process runs.
    QFile file(QStringLiteral(":/api/openapi.json"));
    const QByteArray document = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    Q_ASSERT_X(!document.isEmpty(), "documentroutes", "openapi.json is not compiled in");
    router.add("GET", QStringLiteral("/api/v1/openapi.json"), ApiRouter::Access::Public,
               [document](const ApiRequest &) {
                   return QtFuture::makeReadyFuture(ApiResponse::text(200, "application/json", document));
               });
}

} // namespace documentroutes
