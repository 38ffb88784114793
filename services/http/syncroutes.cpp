#include "http/syncroutes.h"

#include "api/backend.h"
#include "core/commandcontext.h"
#include "domain/ids.h"
#include "domain/role.h"
#include "http/apirouter.h"
#include "sync/changewaiter.h"
#include "sync/pushapplier.h"
#include "sync/syncwire.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace syncroutes {
namespace {

constexpr int DefaultPullLimit = 1000;
constexpr int MaxWaitMs = 30'000;

template<typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// Only staff devices synchronise; customers use the REST API as themselves.
std::optional<ApiResponse> refuseCustomers(const ApiRequest &request)
{
    if (auto allowed = roles::check(request.user->role, Action::BookForOthers); !allowed)
        return ApiResponse::fromError(allowed.error());
    return std::nullopt;
}

std::optional<qint64> queryNumber(const ApiRequest &request, const QString &name, qint64 fallback, qint64 min,
                                  qint64 max, ApiResponse &problemOut)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        problemOut = invalidField(name, QStringLiteral("an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

QFuture<ApiResponse> push(Backend &backend, const ApiRequest &request)
{
    if (auto refused = refuseCustomers(request))
        return ready(*refused);
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return ready(problem);
    const QJsonValue list = body->value(QStringLiteral("commands"));
    if (!list.isArray())
        return ready(invalidField(QStringLiteral("commands"), QStringLiteral("an array")));
    if (list.toArray().size() > MaxCommandsPerPush)
        return ready(invalidField(QStringLiteral("commands"),
                                  QStringLiteral("at most %1 commands").arg(MaxCommandsPerPush)));
    QList<SyncCommand> commands;
    for (const QJsonValue &value : list.toArray()) {
        auto command = syncwire::commandFromJson(value.toObject());
        if (!command)
            return ready(invalidField(QStringLiteral("commands"), QStringLiteral("commands with an id, a kind and a payload")));
        commands.append(*command);
    }
    QUuid follows; // the last command of the batch sent before this one, while it was unanswered
    if (const QJsonValue value = body->value(QStringLiteral("follows")); !value.isUndefined()) {
        follows = ids::fromText(value.toString());
        if (follows.isNull())
            return ready(invalidField(QStringLiteral("follows"), QStringLiteral("the id of a command pushed before")));
    }
    const QString device = request.device.isEmpty() ? request.user->username : request.device;
    return backend.executor()
        .executeRemote<QList<SyncAnswer>>([commands, device, follows](CommandContext &context) -> Result<QList<SyncAnswer>> {
            if (!follows.isNull())
                RD_TRY(pushapplier::requireAnswered(context.db, follows));
            QList<SyncAnswer> answers;
            answers.reserve(commands.size());
            for (const SyncCommand &command : commands) {
                auto answer = pushapplier::apply(context, device, command);
                if (!answer)
                    return answer.error();
                answers.append(std::move(answer.value()));
            }
            return answers;
        })
        // Written out on a pool thread: the service thread goes on with the next batch.
        .then(QtFuture::Launch::Async, [](const Result<QList<SyncAnswer>> &answers) {
            if (!answers)
                return ApiResponse::fromError(answers.error());
            QJsonArray json;
            for (const SyncAnswer &answer : answers.value())
                json.append(syncwire::toJson(answer));
            return ApiResponse::json(200, QJsonObject{{QStringLiteral("answers"), json}});
        });
}

QFuture<Result<changelog::Page>> readPage(Backend &backend, qint64 after, int limit)
{
    return backend.readers().read<Result<changelog::Page>>(
        [after, limit](const QSqlDatabase &db) { return changelog::read(db, after, limit); });
}

ApiResponse pageResponse(const Result<changelog::Page> &page)
{
    if (!page)
        return ApiResponse::fromError(page.error());
    return ApiResponse::json(200, syncwire::toJson(page.value()));
}

QFuture<ApiResponse> pull(Backend &backend, ChangeWaiter &waiter, const ApiRequest &request)
{
    if (auto refused = refuseCustomers(request))
        return ready(*refused);
    ApiResponse problem;
    const auto after = queryNumber(request, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max(), problem);
    const auto limit = queryNumber(request, QStringLiteral("limit"), DefaultPullLimit, 1, MaxPullLimit, problem);
    const auto wait = queryNumber(request, QStringLiteral("wait"), 0, 0, MaxWaitMs, problem);
    if (!after || !limit || !wait)
        return ready(problem);
    // Listen before looking, so a change committed in between still wakes this pull.
    QFuture<void> woken = *wait > 0 ? waiter.next(int(*wait)) : QtFuture::makeReadyFuture();
    return readPage(backend, *after, int(*limit))
        .then(&waiter, [&backend, &waiter, woken, after = *after, limit = int(*limit), wait = *wait](
                           const Result<changelog::Page> &page) -> QFuture<ApiResponse> {
            if (!page || !page->changes.isEmpty() || page->cursor > after || wait == 0)
                return ready(pageResponse(page));
            QFuture<void> changed = woken;
            return changed
                .then(&waiter, [&backend, after, limit]() { return readPage(backend, after, limit).then(pageResponse); })
                .unwrap();
        })
        .unwrap();
}

} // namespace

void add(ApiRouter &router, Backend &backend, ChangeWaiter &waiter)
{
    router.add("POST", QStringLiteral("/api/v1/sync/push"), ApiRouter::Access::SignedIn,
               [&backend](const ApiRequest &request) { return push(backend, request); });
    router.add("GET", QStringLiteral("/api/v1/sync/pull"), ApiRouter::Access::SignedIn,
               [&backend, &waiter](const ApiRequest &request) { return pull(backend, waiter, request); });
}

} // namespace syncroutes
