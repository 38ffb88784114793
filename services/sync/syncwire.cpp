#include "sync/syncwire.h"

#include "domain/ids.h"

#include <algorithm>

namespace syncwire {
namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1StringView(key)).toString();
}

} // namespace

QJsonObject toJson(const SyncCommand &command)
{
    return QJsonObject{{QStringLiteral("id"), ids::toText(command.id)},
                       {QStringLiteral("kind"), command.kind},
                       {QStringLiteral("entity"), ids::toText(command.entityId)},
                       {QStringLiteral("payload"), command.payload},
                       {QStringLiteral("createdAt"), command.createdAt}};
}

std::optional<SyncCommand> commandFromJson(const QJsonObject &json)
{
    SyncCommand command{ids::fromText(text(json, "id")), text(json, "kind"), ids::fromText(text(json, "entity")),
                        json.value(QStringLiteral("payload")).toObject(),
                        json.value(QStringLiteral("createdAt")).toInteger()};
    if (command.id.isNull() || command.kind.isEmpty() || !json.value(QStringLiteral("payload")).isObject())
        return std::nullopt;
    return command;
}

QJsonObject toJson(const SyncAnswer &answer)
{
    QJsonObject json{{QStringLiteral("id"), ids::toText(answer.id)},
                     {QStringLiteral("status"), answer.applied ? QStringLiteral("applied") : QStringLiteral("rejected")}};
    if (!answer.applied) {
        json.insert(QStringLiteral("code"), answer.code);
        json.insert(QStringLiteral("message"), answer.message);
    }
    return json;
}

SyncAnswer answerFromJson(const QJsonObject &json)
{
    return SyncAnswer{ids::fromText(text(json, "id")), text(json, "status") == QLatin1String("applied"),
                      text(json, "code"), text(json, "message")};
}

QJsonObject toJson(const changelog::Page &page)
{
    QJsonArray changes;
    for (const changelog::Change &change : page.changes)
        changes.append(QJsonObject{{QStringLiteral("seq"), change.seq},
                                   {QStringLiteral("entity"), change.entity},
                                   {QStringLiteral("id"), ids::toText(change.id)},
                                   {QStringLiteral("row"), change.row}});
    return QJsonObject{{QStringLiteral("cursor"), page.cursor},
                       {QStringLiteral("more"), page.more},
                       {QStringLiteral("latest"), page.latest},
                       {QStringLiteral("changes"), changes}};
}

changelog::Page pageFromJson(const QJsonObject &json)
{
    changelog::Page page;
    page.cursor = json.value(QStringLiteral("cursor")).toInteger();
    page.more = json.value(QStringLiteral("more")).toBool();
    page.latest = std::max(page.cursor, json.value(QStringLiteral("latest")).toInteger()); // a server that does not say: nothing known
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        page.changes.append(changelog::Change{change.value(QStringLiteral("seq")).toInteger(), text(change, "entity"),
                                              ids::fromText(text(change, "id")),
                                              change.value(QStringLiteral("row")).toObject()});
    }
    return page;
}

} // namespace syncwire
