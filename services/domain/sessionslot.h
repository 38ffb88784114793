#pragma once

#include "domain/period.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QTimeZone>

#include <optional>

// An exhibition session is a slot: it takes place on one date at one time in the shop's time
// zone and lasts a while. Its attributes say when ("date" yyyy-MM-dd, "time" HH:mm and
// "durationMinutes"); a seat in it books exactly that period, never a day of its own.
namespace sessionslot {

constexpr int DefaultMinutes = 120;
constexpr int MaxMinutes = 24 * 60;

inline const QString DateKey = QStringLiteral("date");
inline const QString TimeKey = QStringLiteral("time");
inline const QString DurationKey = QStringLiteral("durationMinutes");
inline const QString DateFormat = QStringLiteral("yyyy-MM-dd");
inline const QString TimeFormat = QStringLiteral("HH:mm");

// The period the session's attributes name, or nothing when their date or time is missing
// or malformed (sessions registered before sessions had a time).
std::optional<Period> of(const QJsonObject &attributes, const QTimeZone &zone);

// What registering or changing a session asks of its attributes: a date, a time and a
// duration between 1 minute and a day.
Result<Period> validate(const QJsonObject &attributes, const QTimeZone &zone);

} // namespace sessionslot
