#pragma once

#include "api/session.h"
#include "http/apirouter.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// What every domain route handler does the same way: who is asking, reading path and query
// parameters, paging, and turning a service's future Result into a response without ever
// waiting on it (the continuation runs where the service resolves the future).
namespace routesupport {

inline const QString Prefix = QStringLiteral("/api/v1");

QFuture<ApiResponse> ready(ApiResponse response);
QFuture<ApiResponse> fail(const Error &error);

// The caller's session. Only for Access::SignedIn routes: the router has refused anonymous
// callers before the handler runs.
Session session(Backend &backend, const ApiRequest &request);

// The `{id}` path parameter; nullopt when it is not a UUID (answered like an unknown id).
std::optional<QUuid> pathId(const ApiRequest &request);

// Paging by `limit` (1…MaxLimit, default DefaultLimit) and `offset` (≥ 0, default 0).
struct Page
{
    int offset = 0;
    int limit = 0;
};
constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 500;
Result<Page> paging(const QUrlQuery &query);
// {"items": [...], "offset", "limit", "more"}: `rows` holds up to limit + 1 items, the extra
// one only says there is a next page.
QJsonObject pageJson(QJsonArray rows, const Page &page);

// Query parameters: absent → nullopt; present but invalid → invalid_field naming it.
Result<std::optional<qint64>> queryTime(const QUrlQuery &query, const QString &name);
Result<std::optional<qint64>> queryInteger(const QUrlQuery &query, const QString &name);
Result<std::optional<QUuid>> queryId(const QUrlQuery &query, const QString &name);
// One of `keys`, as its index.
Result<std::optional<int>> queryKey(const QUrlQuery &query, const QString &name, const QStringList &keys);

// Answers `future` with `status` and `encode(value)`, or with the error's problem document.
template<typename T, typename Encode>
QFuture<ApiResponse> answer(QFuture<Result<T>> future, int status, Encode encode)
{
    return future.then([status, encode](const Result<T> &result) {
        if (!result)
            return ApiResponse::fromError(result.error());
        return ApiResponse::json(status, encode(result.value()));
    });
}

// Like answer() for a lookup: an empty optional is `notFound`.
template<typename T, typename Encode>
QFuture<ApiResponse> answerFound(QFuture<Result<std::optional<T>>> future, Error notFound, Encode encode)
{
    return future.then([notFound, encode](const Result<std::optional<T>> &result) {
        if (!result)
            return ApiResponse::fromError(result.error());
        if (!result.value())
            return ApiResponse::fromError(notFound);
        return ApiResponse::json(200, encode(*result.value()));
    });
}

// Encodes every element of a list with `encode`.
template<typename List, typename Encode>
QJsonArray array(const List &list, Encode encode)
{
    QJsonArray items;
    for (const auto &item : list)
        items.append(encode(item));
    return items;
}

} // namespace routesupport
