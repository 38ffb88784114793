#include "http/routes/resourceroutes.h"

#include "domain/errors.h"
#include "domain/profile.h"
#include "http/json/jsonfields.h"
#include "http/json/resourcejson.h"
#include "http/routes/routesupport.h"
#include "queries/resourcelistquery.h"

#include <QCoreApplication>

#include <limits>

using namespace routesupport;

namespace resourceroutes {
namespace {

const QList<ResourceStatus> Statuses{ResourceStatus::Active, ResourceStatus::Maintenance, ResourceStatus::Retired};

QJsonObject encode(const Resource &resource)
{
    return resourcejson::toJson(resource);
}

// Anyone signed in may browse the catalogue: it holds no personal data.
QFuture<ApiResponse> list(Backend &backend, const ApiRequest &request)
{
    auto page = paging(request.query);
    if (!page)
        return fail(page.error());
    auto profile = queryKey(request.query, QStringLiteral("profile"), resourcejson::profileKeys());
    if (!profile)
        return fail(profile.error());
    auto status = queryKey(request.query, QStringLiteral("status"), resourcejson::statusKeys());
    if (!status)
        return fail(status.error());
    ResourceFilter filter;
    filter.text = request.query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded);
    if (profile.value())
        filter.profile = profiles::all().at(*profile.value());
    if (status.value())
        filter.status = Statuses.at(*status.value());
    const Page p = page.value();
    auto rows = backend.readers().read<Result<QList<Resource>>>([filter, p](const QSqlDatabase &db) {
        return resourcelistquery::page(db, filter, ResourceOrder{}, p.offset, p.limit + 1);
    });
    return answer(rows, 200, [p](const QList<Resource> &resources) { return pageJson(array(resources, encode), p); });
}

QFuture<ApiResponse> create(Backend &backend, const ApiRequest &request)
{
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return ready(problem);
    auto draft = resourcejson::draftFromJson(*body);
    if (!draft)
        return fail(draft.error());
    return answer(session(backend, request).registerResource(draft.value()), 201, encode);
}

QFuture<ApiResponse> read(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownResource());
    return answerFound(backend.inventory().find(*id), errors::unknownResource(), encode);
}

// PUT replaces the editable fields; "version" is the version the caller read, so that a
// change made in the meantime is refused (409 version_conflict) instead of overwritten.
QFuture<ApiResponse> update(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownResource());
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return ready(problem);
    jsonfields::FieldReader in(*body);
    const qint64 version = in.integer(QStringLiteral("version"), jsonfields::FieldReader::Required);
    if (!in.ok())
        return fail(in.error());
    if (version < 1 || version > std::numeric_limits<int>::max())
        return fail(jsonfields::invalidField(QStringLiteral("version"),
                                             QCoreApplication::translate("Errors", "a positive integer")));
    auto draft = resourcejson::draftFromJson(*body);
    if (!draft)
        return fail(draft.error());
    return answer(session(backend, request).updateResource(*id, draft.value(), int(version)), 200, encode);
}

QFuture<ApiResponse> retire(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownResource());
    return answer(session(backend, request).retireResource(*id), 200, encode);
}

} // namespace

void add(ApiRouter &router, Backend &backend)
{
    const QString collection = Prefix + QStringLiteral("/resources");
    const QString one = collection + QStringLiteral("/{id}");
    const auto signedIn = ApiRouter::Access::SignedIn;
    Backend *b = &backend;
    router.add("GET", collection, signedIn, [b](const ApiRequest &r) { return list(*b, r); });
    router.add("POST", collection, signedIn, [b](const ApiRequest &r) { return create(*b, r); });
    router.add("GET", one, signedIn, [b](const ApiRequest &r) { return read(*b, r); });
    router.add("PUT", one, signedIn, [b](const ApiRequest &r) { return update(*b, r); });
    router.add("DELETE", one, signedIn, [b](const ApiRequest &r) { return retire(*b, r); });
}

} // namespace resourceroutes
