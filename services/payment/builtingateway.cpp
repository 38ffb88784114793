#include "payment/builtingateway.h"

#include "domain/errors.h"
#include "domain/ids.h"

#include <QCoreApplication>

Result<GatewayCharge> BuiltinGateway::charge(const QUuid &idempotencyKey, const Money &amount,
                                             const QString &cardToken)
{
    QMutexLocker lock(&m_mutex);
    if (auto previous = m_charges.constFind(idempotencyKey); previous != m_charges.cend())
        return *previous;
    if (cardToken.startsWith(QLatin1StringView("tok_unavailable")))
        return errors::gatewayUnavailable(
            QCoreApplication::translate("Payment", "the simulated provider is switched off"));
    GatewayCharge answer;
    if (amount.minor <= 0 || cardToken.startsWith(QLatin1StringView("tok_decline"))) {
        answer.declineReason = QCoreApplication::translate("Payment", "the card was declined");
    } else {
        answer.approved = true;
        answer.reference = QStringLiteral("builtin-") + ids::toText(idempotencyKey);
    }
    m_charges.insert(idempotencyKey, answer);
    return answer;
}

Result<void> BuiltinGateway::refund(const QUuid &, const QString &reference, const Money &)
{
    if (!reference.startsWith(QLatin1StringView("builtin-")) && !reference.isEmpty())
        return errors::refundFailed(
            QCoreApplication::translate("Payment", "unknown payment reference"));
    return {};
}

Result<std::optional<GatewayCharge>> BuiltinGateway::findCharge(const QUuid &idempotencyKey, const Money &)
{
    QMutexLocker lock(&m_mutex);
    if (auto previous = m_charges.constFind(idempotencyKey); previous != m_charges.cend())
        return std::optional<GatewayCharge>(*previous);
    return std::optional<GatewayCharge>();
}
