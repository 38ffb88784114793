#include "paysimhandler.h"

#include "paysimcontrol.h"
#include "paysimidempotency.h"
#include "paysimledger.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace {

constexpr qsizetype MaxIdempotencyKeyLength = 255;

PaySimAnswer badRequest(const QString &detail)
{
    return PaySimAnswer::problem(400, QStringLiteral("bad_request"), detail);
}

// What is wrong with an Idempotency-Key, if anything; `missing` says where it was expected.
std::optional<PaySimAnswer> keyProblem(const QString &key, const QString &missing)
{
    if (key.isEmpty())
        return PaySimAnswer::problem(400, QStringLiteral("idempotency_key_missing"), missing);
    if (key.size() > MaxIdempotencyKeyLength)
        return badRequest(
            QStringLiteral("The Idempotency-Key may have at most %1 characters.").arg(MaxIdempotencyKeyLength));
    return std::nullopt;
}

PaySimAnswer unauthorised()
{
    return PaySimAnswer::problem(401, QStringLiteral("unauthorised"), QStringLiteral("A valid API key is needed."));
}

// The body as a JSON object; nullopt for anything else (an empty body too).
std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

PaySimHandler::PaySimHandler(PaySimLedger &ledger, PaySimIdempotency &idempotency, PaySimControl &control,
                             QByteArray apiKey)
    : m_ledger(ledger), m_idempotency(idempotency), m_control(control), m_apiKey(std::move(apiKey))
{
}

PaySimHandler::Match PaySimHandler::match(const QByteArray &method, const QString &path)
{
    const QByteArrayList get{QByteArrayLiteral("GET")};
    const QByteArrayList post{QByteArrayLiteral("POST")};
    if (path == u"/control")
        return {Route::Control, {}, path, {QByteArrayLiteral("GET"), QByteArrayLiteral("PUT")}};
    if (path == u"/stats")
        return {Route::Stats, {}, path, get};
    if (path == u"/v1/tokens")
        return {Route::Tokens, {}, path, post};
    if (path == u"/v1/authorisations") // one path, two routes: a GET finds what a POST made
        return {method == "GET" ? Route::FindByKey : Route::Authorise, {}, path,
                {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}};
    const QStringList parts = path.split(u'/');
    if (parts.size() < 4 || parts.size() > 5 || !parts[0].isEmpty() || parts[1] != u"v1"
        || parts[2] != u"authorisations" || parts[3].isEmpty())
        return {};
    if (parts.size() == 4)
        return {Route::Describe, parts[3], QStringLiteral("/v1/authorisations/{id}"), get};
    if (parts[4] == u"capture")
        return {Route::Capture, parts[3], QStringLiteral("/v1/authorisations/{id}/capture"), post};
    if (parts[4] == u"refunds")
        return {Route::Refund, parts[3], QStringLiteral("/v1/authorisations/{id}/refunds"), post};
    return {};
}

bool PaySimHandler::isAuthorised(const PaySimRequest &request) const
{
    const QByteArray authorization = request.headers.value("authorization").trimmed();
    constexpr QByteArrayView scheme = "bearer ";
    if (authorization.size() <= scheme.size() || authorization.first(scheme.size()).toLower() != scheme)
        return false;
    return authorization.mid(scheme.size()).trimmed() == m_apiKey;
}

PaySimOutcome PaySimHandler::handle(const PaySimRequest &request)
{
    const Match found = match(request.method, request.path);
    if (found.route == Route::None)
        return {PaySimAnswer::problem(404, QStringLiteral("not_found"), QStringLiteral("No such route.")), 0,
                QStringLiteral("(no route)")};
    if (!found.allowed.contains(request.method)) {
        PaySimAnswer answer = PaySimAnswer::problem(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("Use %1.").arg(QString::fromLatin1(found.allowed.join(", "))));
        answer.headers.append({QByteArrayLiteral("Allow"), found.allowed.join(", ")});
        return {answer, 0, found.pattern};
    }
    if (found.route != Route::Control && found.route != Route::Stats)
        return handleContract(found, request);

    if (!isAuthorised(request))
        return {unauthorised(), 0, found.pattern};
    if (found.route == Route::Stats)
        return {PaySimAnswer::json(200, m_ledger.stats().toJson()), 0, found.pattern};
    if (request.method == "GET")
        return {PaySimAnswer::json(200, m_control.toJson()), 0, found.pattern};
    const auto changes = objectOf(request.body);
    if (!changes)
        return {badRequest(QStringLiteral("The body must be a JSON object.")), 0, found.pattern};
    return {m_control.apply(*changes), 0, found.pattern};
}

PaySimOutcome PaySimHandler::handleContract(const Match &match, const PaySimRequest &request)
{
    PaySimStats &stats = m_ledger.stats();
    ++stats.requests;
    if (m_control.settings().outage) {
        ++stats.failed;
        return {PaySimAnswer::problem(503, QStringLiteral("provider_unavailable"),
                                      QStringLiteral("The provider is unavailable; try again later.")),
                0, match.pattern};
    }
    const auto later = [this, &match](const PaySimAnswer &answer) {
        return PaySimOutcome{answer, m_control.settings().latencyMs, match.pattern};
    };
    if (!isAuthorised(request))
        return later(unauthorised());

    QJsonObject body;
    QString key;
    if (request.method == "POST") {
        // Making a token charges nothing, and its body holds a card number: it is never kept.
        if (match.route != Route::Tokens) {
            key = QString::fromUtf8(request.headers.value("idempotency-key")).trimmed();
            if (const auto problem = keyProblem(key, QStringLiteral("Every POST needs an Idempotency-Key header.")))
                return later(*problem);
        }
        const auto parsed = objectOf(request.body);
        if (!parsed)
            return later(badRequest(QStringLiteral("The body must be a JSON object.")));
        body = *parsed;
    } else if (match.route == Route::FindByKey) {
        const QStringList given =
            request.query.allQueryItemValues(QStringLiteral("idempotency_key"), QUrl::FullyDecoded);
        if (given.size() > 1)
            return later(badRequest(QStringLiteral("Give one idempotency_key, not %1.").arg(given.size())));
        key = given.value(0).trimmed();
        if (const auto problem = keyProblem(key, QStringLiteral("Name the key to look up: ?idempotency_key=<key>.")))
            return later(*problem);
    }

    if (m_control.takeFailure()) {
        ++stats.failed;
        return later(PaySimAnswer::problem(500, QStringLiteral("provider_error"),
                                           QStringLiteral("The provider failed; try again with the same key.")));
    }

    // Only a POST does work that its retry must not repeat; the lookup by key only reads.
    const bool replayable = request.method == "POST" && !key.isEmpty();
    QByteArray fingerprint;
    if (replayable) {
        fingerprint = PaySimIdempotency::fingerprintOf(request.path, body);
        const PaySimIdempotency::Lookup lookup = m_idempotency.lookup(key, fingerprint);
        if (lookup.match == PaySimIdempotency::Match::Reused)
            return later(PaySimAnswer::problem(422, QStringLiteral("idempotency_key_reused"),
                                               QStringLiteral("This Idempotency-Key came with another request.")));
        if (lookup.match == PaySimIdempotency::Match::Replay) {
            ++stats.replays;
            PaySimAnswer replayed = lookup.answer;
            replayed.headers.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
            return later(m_control.disguise(replayed));
        }
    }
    const PaySimAnswer answer = work(match, body, key);
    if (replayable)
        m_idempotency.record(key, fingerprint, answer);
    return later(m_control.disguise(answer));
}

PaySimAnswer PaySimHandler::work(const Match &match, const QJsonObject &body, const QString &key)
{
    switch (match.route) {
    case Route::Tokens: return m_ledger.createToken(body, QDate::currentDate());
    case Route::Authorise: return authorise(body, key);
    case Route::FindByKey: return findByKey(key);
    case Route::Describe: return m_ledger.describe(match.id);
    case Route::Capture: return m_ledger.capture(match.id, body);
    case Route::Refund: return m_ledger.refund(match.id, body);
    case Route::None:
    case Route::Control:
    case Route::Stats: break;
    }
    return PaySimAnswer::problem(500, QStringLiteral("internal_error"), {});
}

PaySimAnswer PaySimHandler::authorise(const QJsonObject &body, const QString &key)
{
    const PaySimAnswer answer = m_ledger.authorise(body);
    if (answer.status == 201) // refused requests made nothing that could be found
        m_idempotency.rememberAuthorisation(key, answer.jsonObject().value(QLatin1StringView("id")).toString());
    return answer;
}

PaySimAnswer PaySimHandler::findByKey(const QString &key) const
{
    const QString id = m_idempotency.authorisationMadeUnder(key);
    if (id.isEmpty())
        return PaySimAnswer::problem(404, QStringLiteral("no_authorisation_for_key"),
                                     QStringLiteral("No authorisation was made under this Idempotency-Key."));
    return m_ledger.describe(id);
}
