#include "http/routes/reservationroutes.h"

#include "domain/errors.h"
#include "http/json/jsonfields.h"
#include "http/json/reservationjson.h"
#include "http/routes/routesupport.h"
#include "queries/bookinglistquery.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace routesupport;

namespace reservationroutes {
namespace {

QJsonObject encode(const Reservation &reservation)
{
    return reservationjson::toJson(reservation);
}

Result<BookingFilter> filterFrom(const QUrlQuery &query)
{
    BookingFilter filter;
    // status=held,confirmed (or repeated status=…): any of them.
    const QStringList statusKeys = query.allQueryItemValues(QStringLiteral("status")).join(u',').split(
        u',', Qt::SkipEmptyParts);
    for (const QString &key : statusKeys) {
        const auto status = reservationjson::statusFromKey(key);
        if (!status)
            return jsonfields::invalidField(
                QStringLiteral("status"),
                QCoreApplication::translate("Errors", "one or more of %1").arg(reservationjson::statusKeys().join(u',')));
        filter.statuses.append(*status);
    }
    auto resource = queryId(query, QStringLiteral("resource"));
    if (!resource)
        return resource.error();
    filter.resourceId = resource.value().value_or(QUuid());
    auto customer = queryId(query, QStringLiteral("customer"));
    if (!customer)
        return customer.error();
    filter.customerId = customer.value().value_or(QUuid());
    auto from = queryTime(query, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = queryTime(query, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (from.value() || to.value()) {
        auto period = Period::make(from.value().value_or(0), to.value().value_or(Period::Latest));
        if (!period)
            return period.error();
        filter.overlapping = period.value();
    }
    filter.text = query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded);
    return filter;
}

// Staff only. The first page is read directly; a later one through the list's row keys
// (8 bytes a row), then its rows by key.
QFuture<ApiResponse> list(Backend &backend, const ApiRequest &request)
{
    auto page = paging(request.query);
    if (!page)
        return fail(page.error());
    auto filter = filterFrom(request.query);
    if (!filter)
        return fail(filter.error());
    const Page p = page.value();
    auto rows = session(backend, request).read<QList<BookingRow>>(
        Action::ViewAllBookings, [f = filter.value(), p](const QSqlDatabase &db) -> Result<QList<BookingRow>> {
            if (p.offset == 0)
                return bookinglistquery::firstPage(db, f, BookingOrder{}, p.limit + 1);
            auto keys = bookinglistquery::keys(db, f, BookingOrder{});
            if (!keys)
                return keys.error();
            return bookinglistquery::rows(db, keys.value().mid(p.offset, p.limit + 1));
        });
    return answer(rows, 200, [p](const QList<BookingRow> &list) {
        return pageJson(array(list, [](const BookingRow &row) { return reservationjson::toJson(row); }), p);
    });
}

// A customer books for themselves: naming someone else is refused rather than silently
// replaced, so a client bug shows.
QFuture<ApiResponse> hold(Backend &backend, const ApiRequest &request)
{
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return ready(problem);
    auto hold = reservationjson::holdFromJson(*body);
    if (!hold)
        return fail(hold.error());
    Session s = session(backend, request);
    if (!s.can(Action::BookForOthers)) {
        if (s.can(Action::BookOwn) && !hold->customerId.isNull() && hold->customerId != s.user().customerId)
            return fail(errors::notOwnBooking());
    } else if (hold->customerId.isNull()) {
        return fail(jsonfields::invalidField(QStringLiteral("customer"), QCoreApplication::translate("Errors", "a UUID")));
    }
    return answer(s.hold(hold.value()), 201, encode);
}

QFuture<ApiResponse> read(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    return answerFound(session(backend, request).findReservation(*id), errors::unknownReservation(), encode);
}

using Transition = QFuture<Result<Reservation>> (Session::*)(const QUuid &);

QFuture<ApiResponse> transition(Backend &backend, const ApiRequest &request, Transition step)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    Session s = session(backend, request);
    return answer((s.*step)(*id), 200, encode);
}

// Check-out (pick-up, admission, dispatch, delivery). A taxi is dispatched with one of its
// class's free taxis, named in the body: {"taxi": "<plate>"}. The body may be empty.
QFuture<ApiResponse> checkOut(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    QString taxi;
    if (!request.body.trimmed().isEmpty()) {
        ApiResponse problem;
        const auto body = parseJsonObject(request, problem);
        if (!body)
            return ready(problem);
        const QJsonValue plate = body->value(QStringLiteral("taxi"));
        if (!plate.isUndefined() && !plate.isString())
            return fail(jsonfields::invalidField(QStringLiteral("taxi"), QCoreApplication::translate("Errors", "a plate number")));
        taxi = plate.toString();
    }
    Session s = session(backend, request);
    return answer(taxi.isEmpty() ? s.startFulfilment(*id) : s.dispatch(*id, taxi), 200, encode);
}

QFuture<ApiResponse> freeTaxis(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    return answer(session(backend, request).freeTaxis(*id), 200, [](const dispatchquery::FreeTaxis &taxis) {
        QJsonArray list;
        for (const Taxi &taxi : taxis.free)
            list.append(taxifleet::toJson(taxi));
        return QJsonObject{{QStringLiteral("listed"), taxis.listed}, {QStringLiteral("items"), list}};
    });
}

} // namespace

void add(ApiRouter &router, Backend &backend)
{
    const QString collection = Prefix + QStringLiteral("/reservations");
    const QString one = collection + QStringLiteral("/{id}");
    const auto signedIn = ApiRouter::Access::SignedIn;
    Backend *b = &backend;
    router.add("GET", collection, signedIn, [b](const ApiRequest &r) { return list(*b, r); });
    router.add("POST", collection, signedIn, [b](const ApiRequest &r) { return hold(*b, r); });
    router.add("GET", one, signedIn, [b](const ApiRequest &r) { return read(*b, r); });
    router.add("GET", one + QStringLiteral("/free-taxis"), signedIn, [b](const ApiRequest &r) { return freeTaxis(*b, r); });
    router.add("POST", one + QStringLiteral("/check-out"), signedIn, [b](const ApiRequest &r) { return checkOut(*b, r); });
    const QList<QPair<QString, Transition>> transitions{
        {QStringLiteral("/confirm"), &Session::confirm},
        {QStringLiteral("/cancel"), &Session::cancel},
        {QStringLiteral("/return"), &Session::finishFulfilment},
    };
    for (const auto &[suffix, step] : transitions)
        router.add("POST", one + suffix, signedIn, [b, step](const ApiRequest &r) { return transition(*b, r, step); });
}

} // namespace reservationroutes
