#include "http/authroutes.h"

#include "api/accountservice.h"
#include "http/apirouter.h"
#include "security/apitokens.h"
#include "security/signinthrottle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QPromise>

#include <memory>

namespace {

QJsonValue idOrNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), idOrNull(user.id)},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), roles::key(user.role)},
            {QStringLiteral("customerId"), idOrNull(user.customerId)}};
}

ApiResponse tooManyAttempts(qint64 waitMs)
{
    const qint64 seconds = (waitMs + 999) / 1000;
    ApiResponse refused = ApiResponse::problem(
        429, QStringLiteral("too_many_attempts"), {},
        QCoreApplication::translate("Api", "Too many failed sign-ins for this user name. Try again in %n second(s).",
                                    nullptr, int(seconds)));
    refused.addHeader("Retry-After", QByteArray::number(seconds));
    return refused;
}

// Answers a request whose work finishes on other threads.
class Answer final
{
public:
    Answer() : m_promise(std::make_shared<QPromise<ApiResponse>>()) { m_promise->start(); }
    QFuture<ApiResponse> future() const { return m_promise->future(); }
    void operator()(const ApiResponse &response) const
    {
        m_promise->addResult(response);
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<ApiResponse>> m_promise;
};

QFuture<ApiResponse> issueToken(const ApiRequest &request, AccountService &accounts, ApiTokens &tokens,
                                SignInThrottle &throttle)
{
    ApiResponse problem;
    const auto body = parseJsonObject(request, problem);
    if (!body)
        return QtFuture::makeReadyFuture(problem);
    const auto username = requiredString(*body, QStringLiteral("username"), problem);
    if (!username)
        return QtFuture::makeReadyFuture(problem);
    const auto password = requiredString(*body, QStringLiteral("password"), problem);
    if (!password)
        return QtFuture::makeReadyFuture(problem);
    const auto device = requiredString(*body, QStringLiteral("device"), problem);
    if (!device)
        return QtFuture::makeReadyFuture(problem);
    if (const auto wait = throttle.waitFor(*username))
        return QtFuture::makeReadyFuture(tooManyAttempts(*wait));

    // The password check runs on a reader and the token is written on the service thread;
    // the continuations run where those finish, never on the server's thread.
    Answer answer;
    accounts.signIn(*username, *password)
        .then([answer, &tokens, &throttle, name = *username, device = *device](const Result<User> &user) {
            if (!user) {
                if (user.error().code == QLatin1StringView("sign_in_failed"))
                    throttle.failed(name);
                answer(ApiResponse::fromError(user.error()));
                return;
            }
            throttle.succeeded(name);
            tokens.issue(user.value(), device).then([answer](const Result<IssuedToken> &issued) {
                if (!issued) {
                    answer(ApiResponse::fromError(issued.error()));
                    return;
                }
                ApiResponse granted = ApiResponse::json(
                    200,
                    QJsonObject{{QStringLiteral("token"), QString::fromLatin1(issued->token)},
                                {QStringLiteral("expiresAt"),
                                 QDateTime::fromSecsSinceEpoch(issued->expiresAt, Qt::UTC).toString(Qt::ISODate)},
                                {QStringLiteral("user"), userJson(issued->user)}});
                granted.addHeader("Cache-Control", "no-store"); // a credential: no proxy may keep it
                answer(granted);
            });
        });
    return answer.future();
}

} // namespace

namespace authroutes {

void add(ApiRouter &router, AccountService &accounts, ApiTokens &tokens, SignInThrottle &throttle)
{
    router.add("POST", QStringLiteral("/api/v1/auth/token"), ApiRouter::Access::Public,
               [&accounts, &tokens, &throttle](const ApiRequest &request) {
                   return issueToken(request, accounts, tokens, throttle);
               });
}

} // namespace authroutes
