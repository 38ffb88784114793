#pragma once

#include "payment/paymentgateway.h"

#include <QThread>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

struct HttpGatewaySettings final
{
    QUrl baseUrl;      // e.g. http://127.0.0.1:8099
    QString apiKey;    // sent as a bearer token; never logged
    int timeoutMs = 2000; // per HTTP request; the circuit breaker's call timeout
};

// A PaymentGateway over the provider-agnostic REST contract (resources/api/payment-provider.md):
// a charge is an authorisation and its capture, a refund is a refund of the authorisation.
// Each request carries an idempotency key derived from the caller's, so a retried charge or
// refund is made at most once even when an earlier answer was lost.
//
// Callers block until the answer or the timeout, from any thread but the GUI's. The HTTP
// exchange itself runs on the gateway's own thread: a nested event loop on the service
// thread would run the next queued command in the middle of this one's transaction.
class HttpPaymentGateway final : public PaymentGateway
{
public:
    explicit HttpPaymentGateway(HttpGatewaySettings settings);
    ~HttpPaymentGateway() override;

    Result<GatewayCharge> charge(const QUuid &idempotencyKey, const Money &amount,
                                 const QString &cardToken) override;
    Result<void> refund(const QUuid &idempotencyKey, const QString &reference,
                        const Money &amount) override;
    Result<std::optional<GatewayCharge>> findCharge(const QUuid &idempotencyKey,
                                                    const Money &amount) override;
    Result<CardToken> tokenize(const CardEntry &card) override;

    struct Answer
    {
        int status = 0;       // HTTP status; 0 when there was no answer at all
        QByteArray body;
        QString networkError; // why there was no answer
    };

private:
    QNetworkRequest request(const QString &path, const QString &query = {}) const;
    Answer post(const QString &path, const QJsonObject &body, const QUuid &idempotencyKey);
    // Sends `request` on the gateway's thread (a POST of `postData`, or a GET) and waits.
    Answer exchange(const QNetworkRequest &request, const std::optional<QByteArray> &postData);

    const HttpGatewaySettings m_settings;
    QThread m_thread;
    QNetworkAccessManager *m_network; // lives on m_thread
};
