#include "http/routes/paymentroutes.h"

#include "domain/errors.h"
#include "http/json/paymentjson.h"
#include "http/json/reservationjson.h"
#include "http/routes/routesupport.h"

using namespace routesupport;

namespace paymentroutes {
namespace {

// A declined card is an answer, not an error: 200 with paymentStatus "declined" and the
// reason; an approved payment is a new record (201).
QFuture<ApiResponse> pay(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return ready(problem);
    auto payment = paymentjson::requestFromJson(*body, *id);
    if (!payment)
        return fail(payment.error());
    return session(backend, request).pay(payment.value()).then([](const Result<PaymentOutcome> &outcome) {
        if (!outcome)
            return ApiResponse::fromError(outcome.error());
        const bool approved = outcome->paymentStatus == PaymentStatus::Approved;
        return ApiResponse::json(approved ? 201 : 200, paymentjson::toJson(outcome.value()));
    });
}

QFuture<ApiResponse> list(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    // The booking first: an unknown one is 404, not an empty list, and a customer's check
    // that it is their own comes with it.
    Session s = session(backend, request);
    const QUuid reservationId = *id;
    auto payments = s.findReservation(reservationId)
                        .then([s, reservationId](const Result<std::optional<Reservation>> &found) mutable {
                            if (!found)
                                return QtFuture::makeReadyFuture(Result<QList<Payment>>(found.error()));
                            if (!found.value())
                                return QtFuture::makeReadyFuture(Result<QList<Payment>>(errors::unknownReservation()));
                            return s.payments(reservationId);
                        })
                        .unwrap();
    return answer(payments, 200, [](const QList<Payment> &list) {
        return QJsonObject{
            {QStringLiteral("items"), array(list, [](const Payment &p) { return paymentjson::toJson(p); })}};
    });
}

QFuture<ApiResponse> refund(Backend &backend, const ApiRequest &request)
{
    const auto id = pathId(request);
    if (!id)
        return fail(errors::unknownReservation());
    return answer(session(backend, request).refund(*id), 200,
                  [](const Reservation &r) { return reservationjson::toJson(r); });
}

} // namespace

void add(ApiRouter &router, Backend &backend)
{
    const QString one = Prefix + QStringLiteral("/reservations/{id}");
    const auto signedIn = ApiRouter::Access::SignedIn;
    Backend *b = &backend;
    router.add("POST", one + QStringLiteral("/payments"), signedIn, [b](const ApiRequest &r) { return pay(*b, r); });
    router.add("GET", one + QStringLiteral("/payments"), signedIn, [b](const ApiRequest &r) { return list(*b, r); });
    router.add("POST", one + QStringLiteral("/refund"), signedIn, [b](const ApiRequest &r) { return refund(*b, r); });
}

} // namespace paymentroutes
