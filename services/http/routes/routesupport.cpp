#include "http/routes/routesupport.h"

#include "http/json/jsonfields.h"

#include <QCoreApplication>
#include <QFuture>

#include <limits>

namespace routesupport {

QFuture<ApiResponse> ready(ApiResponse response)
{
    return QtFuture::makeReadyFuture(std::move(response));
}

QFuture<ApiResponse> fail(const Error &error)
{
    return ready(ApiResponse::fromError(error));
}

Session session(Backend &backend, const ApiRequest &request)
{
    Q_ASSERT(request.user.has_value());
    return Session(backend, request.user.value_or(User{}));
}

std::optional<QUuid> pathId(const ApiRequest &request)
{
    return jsonfields::parseId(request.params.value(QStringLiteral("id")));
}

Result<std::optional<qint64>> queryInteger(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok)
        return jsonfields::invalidField(name, QCoreApplication::translate("Errors", "an integer"));
    return std::optional(value);
}

Result<std::optional<qint64>> queryTime(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    const auto value = jsonfields::parseTime(query.queryItemValue(name, QUrl::FullyDecoded));
    if (!value)
        return jsonfields::invalidField(
            name, QCoreApplication::translate("Errors", "an ISO-8601 time with an offset, such as 2027-01-15T08:00:00Z"));
    return std::optional(*value);
}

Result<std::optional<QUuid>> queryId(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<QUuid>();
    const auto value = jsonfields::parseId(query.queryItemValue(name));
    if (!value)
        return jsonfields::invalidField(name, QCoreApplication::translate("Errors", "a UUID"));
    return std::optional(*value);
}

Result<std::optional<int>> queryKey(const QUrlQuery &query, const QString &name, const QStringList &keys)
{
    if (!query.hasQueryItem(name))
        return std::optional<int>();
    const int index = int(keys.indexOf(query.queryItemValue(name)));
    if (index < 0)
        return jsonfields::invalidField(
            name, QCoreApplication::translate("Errors", "one of %1").arg(keys.join(QStringLiteral(", "))));
    return std::optional(index);
}

Result<Page> paging(const QUrlQuery &query)
{
    auto limit = queryInteger(query, QStringLiteral("limit"));
    if (!limit)
        return limit.error();
    auto offset = queryInteger(query, QStringLiteral("offset"));
    if (!offset)
        return offset.error();
    Page page{0, DefaultLimit};
    if (limit.value()) {
        if (*limit.value() < 1 || *limit.value() > MaxLimit)
            return jsonfields::invalidField(QStringLiteral("limit"),
                                            QCoreApplication::translate("Errors", "between 1 and %1").arg(MaxLimit));
        page.limit = int(*limit.value());
    }
    if (offset.value()) {
        if (*offset.value() < 0 || *offset.value() > std::numeric_limits<int>::max() - MaxLimit - 1)
            return jsonfields::invalidField(QStringLiteral("offset"),
                                            QCoreApplication::translate("Errors", "a non-negative integer"));
        page.offset = int(*offset.value());
    }
    return page;
}

QJsonObject pageJson(QJsonArray rows, const Page &page)
{
    const bool more = rows.size() > page.limit;
    while (rows.size() > page.limit)
        rows.removeLast();
    return QJsonObject{{QStringLiteral("items"), rows},
                       {QStringLiteral("offset"), page.offset},
                       {QStringLiteral("limit"), page.limit},
                       {QStringLiteral("more"), more}};
}

} // namespace routesupport
