#include "paysimidempotency.h"

#include <QCryptographicHash>
#include <QJsonDocument>

QByteArray PaySimIdempotency::fingerprintOf(const QString &path, const QJsonObject &body)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return hash.result();
}

PaySimIdempotency::Lookup PaySimIdempotency::lookup(const QString &key, const QByteArray &fingerprint) const
{
    const auto found = m_records.constFind(key);
    if (found == m_records.cend())
        return {};
    if (found->fingerprint != fingerprint)
        return {Match::Reused, {}};
    return {Match::Replay, found->answer};
}

void PaySimIdempotency::record(const QString &key, const QByteArray &fingerprint, const PaySimAnswer &answer)
{
    m_records.insert(key, Record{fingerprint, answer});
}

void PaySimIdempotency::rememberAuthorisation(const QString &key, const QString &id)
{
    m_authorisations.insert(key, id);
}

QString PaySimIdempotency::authorisationMadeUnder(const QString &key) const
{
    return m_authorisations.value(key);
}
