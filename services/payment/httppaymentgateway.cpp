#include "payment/httppaymentgateway.h"

#include "domain/cardnumbers.h"
#include "domain/errors.h"
#include "domain/ids.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <future>
#include <memory>

namespace {

// Capture and refund get keys of their own, derived from the caller's: the contract refuses
// one key for two different requests, and the caller may use one key for a payment's charge
// and its refund.
QUuid derivedKey(const QUuid &key, const char *step)
{
    return QUuid::createUuidV5(key, QByteArray(step));
}

Error unavailable(const QString &detail)
{
    return errors::gatewayUnavailable(detail);
}

Error nonsenseAnswer()
{
    return unavailable(QCoreApplication::translate("Payment", "the provider's answer makes no sense"));
}

QString noAnswerInTime()
{
    return QCoreApplication::translate("Payment", "no answer within the time limit");
}

// The provider's answer as JSON, when it is one; anything else is a failed call.
std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A complete, consistent answer about `amount`: the fields we need with their types, and the
// amount and currency we asked for. Otherwise the call failed, whatever the status says.
bool matches(const QJsonObject &answer, const Money &amount)
{
    return answer.value(QStringLiteral("id")).isString()
           && answer.value(QStringLiteral("amount")).isDouble()
           && qint64(answer.value(QStringLiteral("amount")).toDouble()) == amount.minor
           && answer.value(QStringLiteral("currency")).toString() == amount.currency;
}

QString declineReason(const QString &code)
{
    if (code == QLatin1StringView("insufficient_funds"))
        return QCoreApplication::translate("Payment", "there is not enough money on the card");
    if (code == QLatin1StringView("expired_card"))
        return QCoreApplication::translate("Payment", "the card has expired");
    return QCoreApplication::translate("Payment", "the card was declined");
}

// What a non-2xx answer means: the provider could not do it now (5xx, or no answer), or it
// refused this request for good (4xx: a decline for a charge, a failure for a refund).
bool providerCouldNotAnswer(const HttpPaymentGateway::Answer &answer)
{
    return answer.status == 0 || answer.status >= 500 || answer.status == 401 || answer.status == 403
           || answer.status == 404 || answer.status == 429;
}

QString problemCode(const QByteArray &body)
{
    const auto problem = jsonObject(body);
    return problem ? problem->value(QStringLiteral("code")).toString() : QString();
}

QString failureDetail(const HttpPaymentGateway::Answer &answer)
{
    if (answer.status == 0)
        return answer.networkError;
    if (answer.status == 401 || answer.status == 403)
        return QCoreApplication::translate("Payment", "the provider refused our credentials (check the API key)");
    return QCoreApplication::translate("Payment", "the provider answered %1 %2").arg(answer.status).arg(problemCode(answer.body));
}

} // namespace

HttpPaymentGateway::HttpPaymentGateway(HttpGatewaySettings settings)
    : m_settings(std::move(settings)), m_network(new QNetworkAccessManager)
{
    m_thread.setObjectName(QStringLiteral("rentaldesk-payments"));
    m_network->moveToThread(&m_thread);
    m_thread.start();
}

HttpPaymentGateway::~HttpPaymentGateway()
{
    QMetaObject::invokeMethod(m_network, [network = m_network]() {
        delete network; // aborts what is still in flight; their callers have stopped waiting
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

QNetworkRequest HttpPaymentGateway::request(const QString &path, const QString &query) const
{
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    return request;
}

HttpPaymentGateway::Answer HttpPaymentGateway::post(const QString &path, const QJsonObject &body,
                                                    const QUuid &idempotencyKey)
{
    QNetworkRequest post = request(path);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Idempotency-Key", idempotencyKey.toByteArray(QUuid::WithoutBraces));
    return exchange(post, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpPaymentGateway::Answer HttpPaymentGateway::exchange(const QNetworkRequest &request,
                                                        const std::optional<QByteArray> &postData)
{
    auto promise = std::make_shared<std::promise<Answer>>();
    std::future<Answer> answer = promise->get_future();
    QMetaObject::invokeMethod(m_network, [network = m_network, request, postData, promise]() {
        QNetworkReply *reply = postData ? network->post(request, *postData) : network->get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise]() {
            Answer a;
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.body = reply->readAll();
            if (a.status == 0)
                a.networkError = reply->error() == QNetworkReply::OperationCanceledError
                                     ? noAnswerInTime()
                                     : reply->errorString();
            promise->set_value(std::move(a));
            reply->deleteLater();
        });
    });
    // The transfer timeout ends every request; this wait is only a net under it.
    if (answer.wait_for(std::chrono::milliseconds(m_settings.timeoutMs + 1000)) != std::future_status::ready)
        return Answer{0, {}, noAnswerInTime()};
    return answer.get();
}

Result<GatewayCharge> HttpPaymentGateway::charge(const QUuid &idempotencyKey, const Money &amount,
                                                 const QString &cardToken)
{
    const Answer authorised = post(QStringLiteral("/v1/authorisations"),
                                   QJsonObject{{QStringLiteral("token"), cardToken},
                                               {QStringLiteral("amount"), amount.minor},
                                               {QStringLiteral("currency"), amount.currency}},
                                   idempotencyKey);
    if (providerCouldNotAnswer(authorised))
        return unavailable(failureDetail(authorised));
    const auto authorisation = jsonObject(authorised.body);
    if (authorised.status >= 400) // the provider will never take this card: a decline
        return GatewayCharge{false, {}, authorised.status == 422 ? QCoreApplication::translate("Payment", "the card was not accepted")
                                                                 : failureDetail(authorised)};
    if (!authorisation || !matches(*authorisation, amount))
        return nonsenseAnswer();
    const QString id = authorisation->value(QStringLiteral("id")).toString();
    const QString status = authorisation->value(QStringLiteral("status")).toString();
    if (status == QLatin1StringView("declined"))
        return GatewayCharge{false, id, declineReason(authorisation->value(QStringLiteral("decline_code")).toString())};
    if (status != QLatin1StringView("authorised"))
        return nonsenseAnswer();

    const Answer captured = post(QStringLiteral("/v1/authorisations/%1/capture").arg(id),
                                 QJsonObject{{QStringLiteral("amount"), amount.minor}},
                                 derivedKey(idempotencyKey, "capture"));
    if (captured.status != 200)
        return unavailable(failureDetail(captured));
    const auto capture = jsonObject(captured.body);
    if (!capture || !matches(*capture, amount)
        || capture->value(QStringLiteral("status")).toString() != QLatin1StringView("captured"))
        return nonsenseAnswer();
    return GatewayCharge{true, id, {}};
}

Result<void> HttpPaymentGateway::refund(const QUuid &idempotencyKey, const QString &reference,
                                        const Money &amount)
{
    const Answer refunded = post(QStringLiteral("/v1/authorisations/%1/refunds").arg(reference),
                                 QJsonObject{{QStringLiteral("amount"), amount.minor},
                                             {QStringLiteral("currency"), amount.currency}},
                                 derivedKey(idempotencyKey, "refund"));
    if (providerCouldNotAnswer(refunded))
        return unavailable(failureDetail(refunded));
    if (refunded.status >= 400)
        return errors::refundFailed(failureDetail(refunded));
    const auto refund = jsonObject(refunded.body);
    if (!refund || !matches(*refund, amount)
        || refund->value(QStringLiteral("status")).toString() != QLatin1StringView("refunded"))
        return nonsenseAnswer();
    return {};
}

Result<CardToken> HttpPaymentGateway::tokenize(const CardEntry &card)
{
    QNetworkRequest post = request(QStringLiteral("/v1/tokens"));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("number"), card.number},
                           {QStringLiteral("exp_month"), card.expiryMonth},
                           {QStringLiteral("exp_year"), card.expiryYear},
                           {QStringLiteral("cvc"), card.securityCode}};
    const Answer made = exchange(post, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (providerCouldNotAnswer(made))
        return unavailable(failureDetail(made));
    if (made.status == 422 && problemCode(made.body) == QLatin1StringView("invalid_card"))
        return errors::cardRejected(QCoreApplication::translate("Payment", "the card number, expiry or security code is not valid"));
    const auto token = jsonObject(made.body);
    if (made.status != 201 || !token)
        return unavailable(failureDetail(made));
    const QString name = token->value(QStringLiteral("token")).toString();
    const QString last4 = token->value(QStringLiteral("last4")).toString();
    // A token is opaque, but one that could be a card number is never kept.
    if (!name.startsWith(QLatin1StringView("tok_")) || cardnumbers::looksTyped(name) || last4 != card.number.right(4))
        return nonsenseAnswer();
    return CardToken{name, cardnumbers::brandName(token->value(QStringLiteral("brand")).toString()), last4};
}

Result<std::optional<GatewayCharge>> HttpPaymentGateway::findCharge(const QUuid &idempotencyKey,
                                                                    const Money &amount)
{
    const Answer found = exchange(request(QStringLiteral("/v1/authorisations"),
                                          QStringLiteral("idempotency_key=")
                                              + idempotencyKey.toString(QUuid::WithoutBraces)),
                                  std::nullopt);
    if (found.status == 404 && problemCode(found.body) == QLatin1StringView("no_authorisation_for_key"))
        return std::optional<GatewayCharge>(); // the charge never reached the provider
    if (found.status != 200)
        return unavailable(failureDetail(found));
    const auto authorisation = jsonObject(found.body);
    if (!authorisation || !matches(*authorisation, amount))
        return nonsenseAnswer();
    const QString id = authorisation->value(QStringLiteral("id")).toString();
    const QString status = authorisation->value(QStringLiteral("status")).toString();
    if (status == QLatin1StringView("captured"))
        return std::optional<GatewayCharge>(GatewayCharge{true, id, {}});
    // Declined, only authorised (the capture never arrived: nothing was taken) or refunded.
    if (status == QLatin1StringView("declined") || status == QLatin1StringView("authorised")
        || status == QLatin1StringView("refunded"))
        return std::optional<GatewayCharge>(GatewayCharge{false, id, {}});
    return nonsenseAnswer();
}
