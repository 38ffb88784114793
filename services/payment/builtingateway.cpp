#include "payment/builtingateway.h"

#include "domain/cardnumbers.h"
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

Result<CardToken> BuiltinGateway::tokenize(const CardEntry &card)
{
    if (!cardnumbers::passesLuhn(card.number))
        return errors::cardRejected(QCoreApplication::translate("Payment", "the card number is not valid"));
    const QString last4 = card.number.right(4);
    QString kind = QStringLiteral("tok_");
    if (last4 == QLatin1StringView("0002") || last4 == QLatin1StringView("9995"))
        kind = QStringLiteral("tok_decline_");
    else if (last4 == QLatin1StringView("0119"))
        kind = QStringLiteral("tok_unavailable_");
    // Letters only: a token may never hold a run of digits that could pass for a card number.
    QString name = kind;
    for (char byte : QUuid::createUuid().toRfc4122())
        name += QChar(u'a' + (byte & 0x0f)) + QChar(u'a' + ((byte >> 4) & 0x0f));
    return CardToken{name,
                     cardnumbers::brandName(cardnumbers::brandCode(card.number)), last4};
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
