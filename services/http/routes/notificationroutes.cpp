#include "http/routes/notificationroutes.h"

#include "http/json/notificationjson.h"
#include "http/routes/routesupport.h"
#include "queries/customernotificationsquery.h"
#include "queries/notificationlistquery.h"

using namespace routesupport;

namespace notificationroutes {
namespace {

QFuture<ApiResponse> list(Backend &backend, const ApiRequest &request)
{
    auto page = paging(request.query);
    if (!page)
        return fail(page.error());
    const Page p = page.value();
    Session s = session(backend, request);
    if (s.can(Action::ViewAllBookings)) {
        auto customer = queryId(request.query, QStringLiteral("customer"));
        if (!customer)
            return fail(customer.error());
        const QUuid only = customer.value().value_or(QUuid());
        auto rows = s.read<QList<Notification>>(Action::ViewAllBookings, [p, only](const QSqlDatabase &db) {
            return notificationlistquery::page(db, p.offset, p.limit + 1, only);
        });
        return answer(rows, 200, [p](const QList<Notification> &list) {
            return pageJson(array(list, [](const Notification &n) { return notificationjson::toJson(n); }), p);
        });
    }
    // A customer: always their own id from the token, never one from the request.
    const QUuid own = s.user().customerId;
    auto rows = s.read<QList<CustomerNotification>>(Action::ViewOwnBookings, [p, own](const QSqlDatabase &db)
                                                        -> Result<QList<CustomerNotification>> {
        auto found = customernotificationsquery::forCustomer(db, own, {}, p.offset + p.limit + 1);
        if (!found)
            return found.error();
        return found.value().mid(p.offset);
    });
    return answer(rows, 200, [p](const QList<CustomerNotification> &list) {
        return pageJson(array(list, [](const CustomerNotification &n) { return notificationjson::toJson(n); }), p);
    });
}

} // namespace

void add(ApiRouter &router, Backend &backend)
{
    Backend *b = &backend;
    router.add("GET", Prefix + QStringLiteral("/notifications"), ApiRouter::Access::SignedIn,
               [b](const ApiRequest &r) { return list(*b, r); });
}

} // namespace notificationroutes
