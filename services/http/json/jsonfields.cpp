#include "http/json/jsonfields.h"

#include "domain/ids.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace jsonfields {
namespace {

// Integers beyond 2^53 do not survive a trip through a JSON number (a double).
constexpr double MaxExactInteger = 9007199254740992.0;

} // namespace

Error invalidField(const QString &field, const QString &expected)
{
    return Error{QStringLiteral("invalid_field"),
                 QCoreApplication::translate("Errors", "The field \"%1\" must be %2.").arg(field, expected)};
}

QJsonValue id(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(ids::toText(id));
}

QJsonValue time(qint64 utcSeconds)
{
    if (utcSeconds == 0)
        return QJsonValue();
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject money(const Money &money)
{
    return QJsonObject{{QStringLiteral("amount"), money.minor}, {QStringLiteral("currency"), money.currency}};
}

std::optional<qint64> parseTime(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    // Without an offset the time would be read in the server's zone: refuse the guess.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toSecsSinceEpoch();
}

std::optional<QUuid> parseId(const QString &text)
{
    const QUuid parsed = QUuid::fromString(text);
    if (parsed.isNull())
        return std::nullopt;
    return parsed;
}

void FieldReader::fail(const QString &name, const QString &expected)
{
    if (!m_error)
        m_error = invalidField(name, expected);
}

std::optional<QJsonValue> FieldReader::take(const QString &name, Presence presence, const QString &expected)
{
    if (!has(name)) {
        if (presence == Required)
            fail(name, expected);
        return std::nullopt;
    }
    return m_object.value(name);
}

QString FieldReader::text(const QString &name, Presence presence, const QString &fallback)
{
    const QString expected = QCoreApplication::translate("Errors", "a string");
    const auto value = take(name, presence, expected);
    if (!value)
        return fallback;
    if (!value->isString()) {
        fail(name, expected);
        return fallback;
    }
    return value->toString();
}

qint64 FieldReader::integer(const QString &name, Presence presence, qint64 fallback)
{
    const QString expected = QCoreApplication::translate("Errors", "an integer");
    const auto value = take(name, presence, expected);
    if (!value)
        return fallback;
    const double number = value->toDouble();
    if (!value->isDouble() || std::trunc(number) != number || std::abs(number) > MaxExactInteger) {
        fail(name, expected);
        return fallback;
    }
    return qint64(number);
}

QUuid FieldReader::id(const QString &name, Presence presence)
{
    const QString expected = QCoreApplication::translate("Errors", "a UUID");
    const auto value = take(name, presence, expected);
    if (!value)
        return {};
    const auto parsed = value->isString() ? parseId(value->toString()) : std::nullopt;
    if (!parsed) {
        fail(name, expected);
        return {};
    }
    return *parsed;
}

qint64 FieldReader::time(const QString &name, Presence presence)
{
    const QString expected = QCoreApplication::translate("Errors", "an ISO-8601 time with an offset, such as 2027-01-15T08:00:00Z");
    const auto value = take(name, presence, expected);
    if (!value)
        return 0;
    const auto parsed = value->isString() ? parseTime(value->toString()) : std::nullopt;
    if (!parsed) {
        fail(name, expected);
        return 0;
    }
    return *parsed;
}

Money FieldReader::money(const QString &name, Presence presence)
{
    const QString expected = QCoreApplication::translate("Errors", "an object {\"amount\": integer in minor units, \"currency\": string}");
    const auto value = take(name, presence, expected);
    if (!value)
        return {};
    FieldReader inner(value->toObject());
    Money money{inner.integer(QStringLiteral("amount"), Required), inner.text(QStringLiteral("currency"), Required)};
    if (!inner.ok()) {
        fail(name, expected);
        return {};
    }
    return money;
}

QJsonObject FieldReader::object(const QString &name, Presence presence)
{
    const QString expected = QCoreApplication::translate("Errors", "an object");
    const auto value = take(name, presence, expected);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(name, expected);
        return {};
    }
    return value->toObject();
}

int FieldReader::oneOf(const QString &name, const QStringList &keys, Presence presence)
{
    const QString expected = QCoreApplication::translate("Errors", "one of %1").arg(keys.join(QStringLiteral(", ")));
    const auto value = take(name, presence, expected);
    if (!value)
        return -1;
    const int index = value->isString() ? int(keys.indexOf(value->toString())) : -1;
    if (index < 0)
        fail(name, expected);
    return index;
}

} // namespace jsonfields
