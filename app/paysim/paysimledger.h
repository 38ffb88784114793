#pragma once

#include "paysimanswer.h"
#include "paysimstats.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

// The simulated provider's books: card tokens, authorisations with what was captured and
// refunded, and the work counters of /stats. Pure logic on parsed JSON bodies, no networking,
// everything in memory. A token keeps only the brand, the last four digits and the test
// card's decline: the card number and the CVC are checked and forgotten at once.
class PaySimLedger final
{
public:
    // POST /v1/tokens. `today` decides whether the expiry has passed.
    PaySimAnswer createToken(const QJsonObject &body, QDate today);
    // POST /v1/authorisations
    PaySimAnswer authorise(const QJsonObject &body);
    // POST /v1/authorisations/{id}/capture
    PaySimAnswer capture(const QString &id, const QJsonObject &body);
    // POST /v1/authorisations/{id}/refunds
    PaySimAnswer refund(const QString &id, const QJsonObject &body);
    // GET /v1/authorisations/{id}
    PaySimAnswer describe(const QString &id) const;

    PaySimStats &stats() { return m_stats; }
    const PaySimStats &stats() const { return m_stats; }

private:
    enum class Status { Authorised, Declined, Captured, Refunded };

    struct Token
    {
        QString brand;
        QString last4;
        QString declineCode; // empty: the card is authorised
    };

    struct Authorisation
    {
        QString id;
        Status status = Status::Authorised;
        qint64 amount = 0;
        QString currency;
        QString brand;
        QString last4;
        QString declineCode;
        qint64 captured = 0;
        qint64 refunded = 0;
    };

    static QString statusName(Status status);

    QHash<QString, Token> m_tokens;
    QHash<QString, Authorisation> m_authorisations;
    PaySimStats m_stats;
};
