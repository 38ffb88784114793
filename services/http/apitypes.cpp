#include "http/apitypes.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QByteArray ProblemType = "application/problem+json";

// Domain codes whose status is not the default: `unknown_*` is 404, anything else not listed
// is a validation failure (422). Keep this the only place that decides.
struct CodeStatus
{
    const char *code;
    int status;
};
constexpr CodeStatus CodeStatuses[] = {
    {"unknown_profile", 422}, // a bad value in the request, not a missing record
    {"capacity_conflict", 409},     {"capacity_below_bookings", 409},
    {"version_conflict", 409},      {"duplicate_id", 409},
    {"invalid_transition", 409},    {"invalid_payment_transition", 409},
    {"resource_not_bookable", 409}, {"resource_retired", 409},
    {"payment_required", 409},      {"already_paid", 409},
    {"nothing_to_pay", 409},        {"username_taken", 409},
    {"already_set_up", 409},        {"payment_declined", 402},
    {"refund_failed", 502},         {"forbidden", 403},
    {"not_own_booking", 403},       {"sign_in_failed", 401},
    {"unauthorized", 401},          {"too_many_attempts", 429},
    {"storage_error", 503},         {"gateway_unavailable", 503},
    {"delivery_failed", 503},       {"payment_in_progress", 409},
    {"unknown_card_task", 404},     {"push_out_of_order", 409},
    {"session_started", 409},       {"account_disabled", 403},
    {"unknown_account", 404},       {"last_manager", 409},
    {"own_account", 409},
    {"taxi_busy", 409},
};

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate("Api", "Bad request");
    case 401:
        return QCoreApplication::translate("Api", "Unauthorized");
    case 402:
        return QCoreApplication::translate("Api", "Payment declined");
    case 403:
        return QCoreApplication::translate("Api", "Forbidden");
    case 404:
        return QCoreApplication::translate("Api", "Not found");
    case 405:
        return QCoreApplication::translate("Api", "Method not allowed");
    case 409:
        return QCoreApplication::translate("Api", "Conflict");
    case 413:
        return QCoreApplication::translate("Api", "Payload too large");
    case 422:
        return QCoreApplication::translate("Api", "Invalid request");
    case 429:
        return QCoreApplication::translate("Api", "Too many requests");
    case 502:
        return QCoreApplication::translate("Api", "Bad gateway");
    case 503:
        return QCoreApplication::translate("Api", "Service unavailable");
    default:
        return status >= 500 ? QCoreApplication::translate("Api", "Server error")
                             : QCoreApplication::translate("Api", "Request failed");
    }
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonValue &value)
{
    ApiResponse response;
    response.status = status;
    if (value.isObject())
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else // a bare scalar: QJsonDocument cannot hold one, wrap and strip the brackets
        response.body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return response;
}

ApiResponse ApiResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::problem(int status, const QString &code, const QString &title, const QString &detail)
{
    QJsonObject document{{QStringLiteral("type"), QStringLiteral("about:blank")},
                         {QStringLiteral("title"), title.isEmpty() ? reasonPhrase(status) : title},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        document.insert(QStringLiteral("detail"), detail);
    ApiResponse response = json(status, document);
    response.contentType = ProblemType;
    return response;
}

ApiResponse ApiResponse::fromError(const Error &error)
{
    const int status = statusOf(error.code);
    return problem(status, error.code, reasonPhrase(status), error.message);
}

int ApiResponse::statusOf(const QString &code)
{
    for (const CodeStatus &entry : CodeStatuses)
        if (code == QLatin1StringView(entry.code))
            return entry.status;
    if (code.startsWith(QLatin1StringView("unknown_")))
        return 404;
    return 422;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::optional<QJsonObject> parseJsonObject(const ApiRequest &request, ApiResponse &problemOut)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problemOut =
            ApiResponse::problem(400, QStringLiteral("malformed_json"), {},
                                 QCoreApplication::translate("Api", "The body is not valid JSON: %1 at offset %2.")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problemOut = ApiResponse::problem(400, QStringLiteral("malformed_json"), {},
                                          QCoreApplication::translate("Api", "The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

ApiResponse invalidField(const QString &field, const QString &expected)
{
    return ApiResponse::problem(
        422, QStringLiteral("invalid_field"), {},
        QCoreApplication::translate("Api", "The field \"%1\" must be %2.").arg(field, expected));
}

std::optional<QString> requiredString(const QJsonObject &object, const QString &field, ApiResponse &problemOut)
{
    const QJsonValue value = object.value(field);
    if (!value.isString()) {
        problemOut =
            invalidField(field, QCoreApplication::translate("Api", "a string (got %1)").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> optionalString(const QJsonObject &object, const QString &field, ApiResponse &problemOut,
                                      const QString &fallback)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        problemOut =
            invalidField(field, QCoreApplication::translate("Api", "a string (got %1)").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    return value.toString();
}
