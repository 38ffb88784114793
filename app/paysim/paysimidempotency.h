#pragma once

#include "paysimanswer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// The answers given under each Idempotency-Key, so that a retry gets the same answer and
// the work is not done twice. A request is identified by its path and its JSON body
// (compared as parsed JSON, so key order and spacing do not matter). Only answers of work
// actually done are kept: a simulated failure records nothing, and its retry does the work.
//
// It also remembers which authorisation each key made, so that a client whose answer was lost
// can ask what became of its charge (GET /v1/authorisations?idempotency_key=) without
// charging again.
class PaySimIdempotency final
{
public:
    enum class Match { New, Replay, Reused };

    struct Lookup
    {
        Match match = Match::New;
        PaySimAnswer answer; // for Replay: the first answer
    };

    static QByteArray fingerprintOf(const QString &path, const QJsonObject &body);

    Lookup lookup(const QString &key, const QByteArray &fingerprint) const;
    void record(const QString &key, const QByteArray &fingerprint, const PaySimAnswer &answer);

    // Only for a POST /v1/authorisations that made one (201): anything else made nothing to find.
    void rememberAuthorisation(const QString &key, const QString &id);
    // The id of the authorisation made under `key`; empty when none was.
    QString authorisationMadeUnder(const QString &key) const;

private:
    struct Record
    {
        QByteArray fingerprint;
        PaySimAnswer answer;
    };

    QHash<QString, Record> m_records;
    QHash<QString, QString> m_authorisations; // Idempotency-Key → authorisation id
};
