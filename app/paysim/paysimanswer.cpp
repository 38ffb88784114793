#include "paysimanswer.h"

#include <QJsonDocument>

namespace {

QString titleOf(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Payload Too Large");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 500: return QStringLiteral("Internal Server Error");
    case 503: return QStringLiteral("Service Unavailable");
    default: return QStringLiteral("Error");
    }
}

} // namespace

PaySimAnswer PaySimAnswer::json(int status, const QJsonObject &object)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

PaySimAnswer PaySimAnswer::problem(int status, const QString &code, const QString &detail)
{
    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("about:blank")},
                             {QStringLiteral("title"), titleOf(status)},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("detail"), detail}};
    return {status, QByteArrayLiteral("application/problem+json"),
            QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

QJsonObject PaySimAnswer::jsonObject() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray PaySimAnswer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}
