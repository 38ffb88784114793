#pragma once

#include "http/apitypes.h"

#include <QFuture>
#include <QList>

#include <functional>

// The REST API's route table, independent of the HTTP server that feeds it. A pattern is a
// path with `{name}` segments ("/api/v1/reservations/{id}/confirm"). Dispatch finds the
// route, refuses an anonymous caller on a protected route (401), answers 404 for an unknown
// path and 405 for a known path with another method, all as problem documents.
class ApiRouter final
{
public:
    using Handler = std::function<QFuture<ApiResponse>(const ApiRequest &)>;
    enum class Access { Public, SignedIn };

    struct Route
    {
        QByteArray method;
        QString pattern;
        Access access;
    };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    QFuture<ApiResponse> dispatch(ApiRequest request) const;
    // Every route, for the OpenAPI completeness test and /metrics labels.
    QList<Route> routes() const;
    // The pattern a request would be dispatched to ("/api/v1/reservations/{id}"), or empty
    // when none matches: the label /metrics counts it under, never the raw path.
    QString patternOf(const QByteArray &method, const QString &path) const;

private:
    struct Entry
    {
        Route route;
        QStringList segments;
        Handler handler;
    };
    struct Match
    {
        const Entry *entry = nullptr; // the most specific route for the path and method
        QList<QByteArray> allowed;     // the methods the path has, for 405's Allow header
    };
    Match match(const QByteArray &method, const QStringList &segments) const;

    QList<Entry> m_entries;
};
