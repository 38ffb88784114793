#pragma once

#include "domain/money.h"

#include <QJsonObject>
#include <QUuid>

#include <optional>

// The JSON conventions of the REST API, in one place: money is {"amount": minor units,
// "currency"}, times are ISO-8601 strings in UTC ("2027-01-15T08:00:00Z"), ids are UUIDs
// without braces. Reading a body reports the first field that is missing or of the wrong
// type as `invalid_field` (422). Parsing the body itself is parseJsonObject (http/apitypes.h).
namespace jsonfields {

Error invalidField(const QString &field, const QString &expected);

QJsonValue id(const QUuid &id);         // null for a null id
QJsonValue time(qint64 utcSeconds);     // null for 0 where 0 means "none"
QJsonObject money(const Money &money);

// Parses an ISO-8601 time that names its offset ("Z" or "+09:00"); nullopt otherwise.
std::optional<qint64> parseTime(const QString &text);
// Parses a UUID with or without braces; nullopt for anything else.
std::optional<QUuid> parseId(const QString &text);

// Reads typed fields from an object and remembers the first problem, so that a decoder reads
// every field in a row and checks once at the end.
class FieldReader final
{
public:
    enum Presence { Required, Optional };

    explicit FieldReader(QJsonObject object) : m_object(std::move(object)) {}

    bool has(const QString &name) const { return m_object.contains(name) && !m_object.value(name).isNull(); }
    QString text(const QString &name, Presence presence, const QString &fallback = {});
    qint64 integer(const QString &name, Presence presence, qint64 fallback = 0);
    QUuid id(const QString &name, Presence presence);
    qint64 time(const QString &name, Presence presence);
    Money money(const QString &name, Presence presence);
    QJsonObject object(const QString &name, Presence presence);
    // A string that must be one of `keys`; returns its index, or -1 when absent.
    int oneOf(const QString &name, const QStringList &keys, Presence presence);

    void fail(const QString &name, const QString &expected);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    // The value when present and null-free; records "missing" for a required one.
    std::optional<QJsonValue> take(const QString &name, Presence presence, const QString &expected);

    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace jsonfields
