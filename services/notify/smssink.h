#pragma once

#include "notify/notificationsink.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// SMS through an HTTP gateway: POST {"id", "to", "body"} as JSON to a configurable URL; any
// 2xx answer means sent. The id lets the gateway drop a message sent twice after a retry.
class SmsSink final : public QObject, public NotificationSink
{
    Q_OBJECT

public:
    SmsSink(QUrl gatewayUrl, QNetworkAccessManager &network, QObject *parent = nullptr);
    NotificationChannel channel() const override { return NotificationChannel::Sms; }
    void deliver(const Notification &notification, std::function<void(Result<void>)> done) override;

private:
    QUrl m_url;
    QNetworkAccessManager &m_network;
};
