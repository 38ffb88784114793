#pragma once

#include "sync/changelog.h"
#include "sync/synccommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// How commands, answers and pulled changes travel as JSON between a counter and the server
// (/api/v1/sync/push and /pull; described in resources/api/openapi.json).
namespace syncwire {

QJsonObject toJson(const SyncCommand &command);
// Empty when the JSON is not a well-formed command (no id, no kind).
std::optional<SyncCommand> commandFromJson(const QJsonObject &json);

QJsonObject toJson(const SyncAnswer &answer);
SyncAnswer answerFromJson(const QJsonObject &json);

QJsonObject toJson(const changelog::Page &page);
changelog::Page pageFromJson(const QJsonObject &json);

} // namespace syncwire
