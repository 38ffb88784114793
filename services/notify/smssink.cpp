#include "notify/smssink.h"

#include "domain/errors.h"
#include "domain/ids.h"
#include "storage/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr int RequestTimeoutMs = 10'000;
}

SmsSink::SmsSink(QUrl gatewayUrl, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_url(std::move(gatewayUrl)), m_network(network)
{
}

void SmsSink::deliver(const Notification &notification, std::function<void(Result<void>)> done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(RequestTimeoutMs);
    const QJsonObject body{{QStringLiteral("id"), ids::toText(notification.id)},
                           {QStringLiteral("to"), notification.recipient},
                           {QStringLiteral("body"), notification.body}};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            done({});
            return;
        }
        // The phone number and the text are personal data: log only the outcome.
        const QString detail = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        qCInfo(lcNotify) << "SMS gateway refused a message:" << detail;
        done(errors::deliveryFailed(detail));
    });
}
