#pragma once

#include <QJsonObject>

// The figures of GET /stats. `authorisations` counts every authorisation made (declined ones
// too), `declines` the declined among them; `captured` and `refunded` are sums of amounts.
// `requests` counts every request to a contract route, whatever its answer.
struct PaySimStats final
{
    qint64 requests = 0;
    qint64 tokens = 0;
    qint64 authorisations = 0;
    qint64 declines = 0;
    qint64 captures = 0;
    qint64 captured = 0;
    qint64 refunds = 0;
    qint64 refunded = 0;
    qint64 replays = 0;
    qint64 failed = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("requests"), requests},   {QStringLiteral("tokens"), tokens},
                {QStringLiteral("authorisations"), authorisations}, {QStringLiteral("declines"), declines},
                {QStringLiteral("captures"), captures},   {QStringLiteral("captured"), captured},
                {QStringLiteral("refunds"), refunds},     {QStringLiteral("refunded"), refunded},
                {QStringLiteral("replays"), replays},     {QStringLiteral("failed"), failed}};
    }
};
