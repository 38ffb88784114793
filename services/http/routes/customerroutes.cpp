#include "http/routes/customerroutes.h"

#include "domain/errors.h"
#include "http/json/customerjson.h"
#include "http/routes/routesupport.h"
#include "queries/customersearchquery.h"
#include "storage/customerrepository.h"

using namespace routesupport;

namespace customerroutes {
namespace {

QJsonObject encode(const Customer &customer)
{
    return customerjson::toJson(customer);
}

// Personal data: staff only (the role that may register customers may look them up).
// With `text` it is the counter's search (name, phone or e-mail), otherwise every customer.
QFuture<ApiResponse> list(Backend &backend, const ApiRequest &request)
{
    auto page = paging(request.query);
    if (!page)
        return fail(page.error());
    const Page p = page.value();
    const QString text = request.query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded).trimmed();
    auto rows = session(backend, request).read<QList<Customer>>(
        Action::RegisterCustomers, [text, p](const QSqlDatabase &db) -> Result<QList<Customer>> {
            if (text.isEmpty())
                return customerrepository::page(db, p.offset, p.limit + 1);
            auto found = customersearchquery::find(db, text, p.offset + p.limit + 1);
            if (!found)
                return found.error();
            return found.value().mid(p.offset);
        });
    return answer(rows, 200, [p](const QList<Customer> &customers) { return pageJson(array(customers, encode), p); });
}

QFuture<ApiResponse> create(Backend &backend, const ApiRequest &request)
{
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return ready(problem);
    auto draft = customerjson::draftFromJson(*body);
    if (!draft)
        return fail(draft.error());
    return answer(session(backend, request).registerCustomer(draft.value()), 201, encode);
}

QFuture<ApiResponse> read(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownCustomer());
    return answerFound(session(backend, request).findCustomer(*id), errors::unknownCustomer(), encode);
}

} // namespace

void add(ApiRouter &router, Backend &backend)
{
    const QString collection = Prefix + QStringLiteral("/customers");
    const auto signedIn = ApiRouter::Access::SignedIn;
    Backend *b = &backend;
    router.add("GET", collection, signedIn, [b](const ApiRequest &r) { return list(*b, r); });
    router.add("POST", collection, signedIn, [b](const ApiRequest &r) { return create(*b, r); });
    router.add("GET", collection + QStringLiteral("/{id}"), signedIn, [b](const ApiRequest &r) { return read(*b, r); });
}

} // namespace customerroutes
