#include "sync/serversignin.h"

#include "domain/errors.h"
#include "domain/role.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace {

constexpr int TimeoutMs = 15'000;

Error unreachable(const QUrl &server, const QString &why)
{
    return Error{QStringLiteral("server_unreachable"),
                 QCoreApplication::translate("Sync", "The server at %1 cannot be reached: %2")
                     .arg(server.toDisplayString(), why)};
}

Result<ServerAccount> accountOf(const QUrl &server, QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply.readAll()).object();
    if (status == 0)
        return unreachable(server, reply.errorString());
    if (status == 401 || body.value(QStringLiteral("code")).toString() == QLatin1StringView("sign_in_failed"))
        return errors::signInFailed();
    if (status != 200) // throttled, refused, …: the server's own words
        return Error{body.value(QStringLiteral("code")).toString(QStringLiteral("server_refused")),
                     body.value(QStringLiteral("detail")).toString(QStringLiteral("HTTP %1").arg(status))};
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    const auto role = roles::fromKey(user.value(QStringLiteral("role")).toString());
    const QString token = body.value(QStringLiteral("token")).toString();
    if (!role || token.isEmpty() || user.value(QStringLiteral("username")).toString().isEmpty())
        return unreachable(server, QCoreApplication::translate("Sync", "its answer makes no sense"));
    ServerAccount account;
    account.user.username = user.value(QStringLiteral("username")).toString();
    account.user.displayName = user.value(QStringLiteral("displayName")).toString();
    account.user.role = *role;
    account.token = token.toUtf8();
    return account;
}

} // namespace

namespace serversignin {

QFuture<Result<ServerAccount>> signIn(QNetworkAccessManager &network, const QUrl &server, const QString &device,
                                      const QString &username, const QString &password)
{
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/auth/token"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(TimeoutMs);
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device"), device}};
    auto promise = std::make_shared<QPromise<Result<ServerAccount>>>();
    promise->start();
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, server]() {
        promise->addResult(accountOf(server, *reply));
        promise->finish();
        reply->deleteLater();
    });
    return promise->future();
}

} // namespace serversignin
