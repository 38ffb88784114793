#pragma once

#include "domain/user.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

struct Error;

// One HTTP request as the API handlers see it, free of any HTTP library: the front end
// (rentaldesk-server) fills it in, the router adds the path parameters. `user` is who the
// bearer token belongs to; empty when the request had no valid token.
struct ApiRequest final
{
    QByteArray method;                   // "GET", "POST", ...
    QString path;                        // "/api/v1/reservations/6f1c…"
    QUrlQuery query;                     // the decoded query string
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    std::optional<User> user;
    QString device;                      // the device name the token was issued to
    QHash<QString, QString> params;      // "{id}" in the route pattern → "6f1c…"
};

// One HTTP response. Errors are RFC 9457 problem documents (application/problem+json) with a
// stable `code` taken from the domain's Error.
struct ApiResponse final
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonValue &value);
    static ApiResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static ApiResponse noContent();
    // A problem document: {"type", "title", "status", "code", "detail"}.
    static ApiResponse problem(int status, const QString &code, const QString &title,
                               const QString &detail = {});
    // Maps a domain Error to its status (validation 422, unknown 404, conflicts 409,
    // forbidden 403, storage 503, ...) and its code.
    static ApiResponse fromError(const Error &error);

    // The status a domain error code is answered with (the one table behind fromError).
    static int statusOf(const QString &code);
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    // The first value of a response header (case-insensitive name), empty if absent.
    QByteArray header(const QByteArray &name) const;
};

// Reading JSON request bodies the same way in every handler. Each function either returns the
// value or fills `problemOut` with the answer to send instead (and returns nothing):
// 400 `malformed_json` for a body that is not a JSON object, 422 `invalid_field` naming the
// field for a value of the wrong type or a missing required one.
std::optional<QJsonObject> parseJsonObject(const ApiRequest &request, ApiResponse &problemOut);
ApiResponse invalidField(const QString &field, const QString &expected);
std::optional<QString> requiredString(const QJsonObject &object, const QString &field,
                                      ApiResponse &problemOut);
// A missing field or null gives `fallback`; a value of another type is refused.
std::optional<QString> optionalString(const QJsonObject &object, const QString &field,
                                      ApiResponse &problemOut, const QString &fallback = {});
