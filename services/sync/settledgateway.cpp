#include "sync/settledgateway.h"

#include "domain/errors.h"

Result<GatewayCharge> SettledGateway::charge(const QUuid &, const Money &, const QString &)
{
    return errors::gatewayUnavailable(QStringLiteral("a synchronised command never charges a card"));
}

Result<void> SettledGateway::refund(const QUuid &, const QString &, const Money &)
{
    return {};
}

Result<std::optional<GatewayCharge>> SettledGateway::findCharge(const QUuid &, const Money &)
{
    return errors::gatewayUnavailable(QStringLiteral("a synchronised command never asks for a card charge"));
}

Result<CardToken> SettledGateway::tokenize(const CardEntry &)
{
    return errors::gatewayUnavailable(QStringLiteral("a synchronised command never sees a card"));
}
