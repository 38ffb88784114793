#pragma once

#include "paysimanswer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QString>
#include <QUrlQuery>

class PaySimControl;
class PaySimIdempotency;
class PaySimLedger;

// One request as the handler sees it: header names in lower case.
struct PaySimRequest final
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// What to send, and how long to hold it back. `route` names the matched route pattern for
// the log: never the raw path, which a client could fill with anything.
struct PaySimOutcome final
{
    PaySimAnswer answer;
    int delayMs = 0;
    QString route;
};

// The simulator's routes: the contract (/v1/…) and its own /control and /stats. Decides each
// answer at once, without networking: routing, the API key, the outage, idempotency, the
// simulated failures, then the ledger's work. Only the contract routes misbehave;
// /control and /stats always answer at once, so a test can always set things right again.
class PaySimHandler final
{
public:
    PaySimHandler(PaySimLedger &ledger, PaySimIdempotency &idempotency, PaySimControl &control, QByteArray apiKey);

    PaySimOutcome handle(const PaySimRequest &request);

private:
    enum class Route { None, Tokens, Authorise, FindByKey, Describe, Capture, Refund, Control, Stats };

    struct Match
    {
        Route route = Route::None;
        QString id; // of the authorisation, for the routes that name one
        QString pattern;
        QByteArrayList allowed; // the methods of the path, for 405
    };

    static Match match(const QByteArray &method, const QString &path);
    bool isAuthorised(const PaySimRequest &request) const;
    PaySimOutcome handleContract(const Match &match, const PaySimRequest &request);
    // `key`: the Idempotency-Key of a POST, or the one GET /v1/authorisations looks up.
    PaySimAnswer work(const Match &match, const QJsonObject &body, const QString &key);
    PaySimAnswer authorise(const QJsonObject &body, const QString &key);
    PaySimAnswer findByKey(const QString &key) const;

    PaySimLedger &m_ledger;
    PaySimIdempotency &m_idempotency;
    PaySimControl &m_control;
    const QByteArray m_apiKey;
};
