#include "http/json/paymentjson.h"

#include "domain/lifecycle.h"
#include "http/json/jsonfields.h"

namespace paymentjson {
namespace {

QString recordStatusKey(PaymentRecordStatus status)
{
    switch (status) {
    case PaymentRecordStatus::Approved: return QStringLiteral("approved");
    case PaymentRecordStatus::Declined: return QStringLiteral("declined");
    case PaymentRecordStatus::Refunded: return QStringLiteral("refunded");
    }
    return {};
}

// "later" is the word the counter uses for paying at the counter.
const QString LaterAlias = QStringLiteral("later");

} // namespace

QStringList methodKeys()
{
    return {payments::methodKey(PaymentMethod::Card), payments::methodKey(PaymentMethod::Cash),
            payments::methodKey(PaymentMethod::PayAtCounter), LaterAlias};
}

QJsonObject toJson(const Payment &p)
{
    return QJsonObject{{QStringLiteral("id"), jsonfields::id(p.id)},
                       {QStringLiteral("reservation"), jsonfields::id(p.reservationId)},
                       {QStringLiteral("amount"), jsonfields::money(p.amount)},
                       {QStringLiteral("method"), payments::methodKey(p.method)},
                       {QStringLiteral("status"), recordStatusKey(p.status)},
                       {QStringLiteral("gatewayReference"), p.gatewayReference},
                       {QStringLiteral("cardBrand"), p.cardBrand},
                       {QStringLiteral("cardLast4"), p.cardLast4},
                       {QStringLiteral("declineReason"), p.declineReason},
                       {QStringLiteral("createdAt"), jsonfields::time(p.createdAt)}};
}

QJsonObject toJson(const PaymentOutcome &outcome)
{
    return QJsonObject{{QStringLiteral("paymentStatus"), lifecycle::key(outcome.paymentStatus)},
                       {QStringLiteral("payment"), outcome.payment ? QJsonValue(toJson(*outcome.payment)) : QJsonValue()},
                       {QStringLiteral("reason"), outcome.reason},
                       {QStringLiteral("holdExpiresAt"), jsonfields::time(outcome.holdExpiresAt)}};
}

Result<PaymentRequest> requestFromJson(const QJsonObject &object, const QUuid &reservationId)
{
    using R = jsonfields::FieldReader;
    R in(object);
    static const QList<PaymentMethod> methods{PaymentMethod::Card, PaymentMethod::Cash, PaymentMethod::PayAtCounter,
                                              PaymentMethod::PayAtCounter};
    PaymentRequest request;
    request.reservationId = reservationId;
    const int method = in.oneOf(QStringLiteral("method"), methodKeys(), R::Required);
    if (method >= 0)
        request.method = methods.at(method);
    request.cardToken = in.text(QStringLiteral("cardToken"), R::Optional);
    request.cardBrand = in.text(QStringLiteral("cardBrand"), R::Optional);
    request.cardLast4 = in.text(QStringLiteral("cardLast4"), R::Optional);
    if (!in.ok())
        return in.error();
    return request;
}

} // namespace paymentjson
