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

private:
    struct Record
    {
        QByteArray fingerprint;
        PaySimAnswer answer;
    };

    QHash<QString, Record> m_records;
};
