#include "paysimledger.h"

#include "domain/cardnumbers.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

// Beyond any real payment, and well inside the integers a double holds exactly.
constexpr double MaxAmount = 1e15;

PaySimAnswer badRequest(const QString &detail)
{
    return PaySimAnswer::problem(400, QStringLiteral("bad_request"), detail);
}

PaySimAnswer invalidCard(const QString &detail)
{
    return PaySimAnswer::problem(422, QStringLiteral("invalid_card"), detail);
}

PaySimAnswer notFound(const QString &id)
{
    return PaySimAnswer::problem(404, QStringLiteral("not_found"), QStringLiteral("No authorisation %1.").arg(id));
}

// A whole number within [min, max]; nullopt when missing, of another type or out of range.
std::optional<qint64> integerOf(const QJsonObject &body, QLatin1StringView key, double min, double max)
{
    const QJsonValue value = body.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < min || number > max || std::floor(number) != number)
        return std::nullopt;
    return qint64(number);
}

std::optional<qint64> amountOf(const QJsonObject &body)
{
    return integerOf(body, QLatin1StringView("amount"), 1, MaxAmount);
}

// An ISO 4217 code: three upper-case letters.
std::optional<QString> currencyOf(const QJsonObject &body)
{
    const QString currency = body.value(QLatin1StringView("currency")).toString();
    if (currency.size() != 3 || !std::all_of(currency.cbegin(), currency.cend(), [](QChar c) {
            return c >= u'A' && c <= u'Z';
        }))
        return std::nullopt;
    return currency;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Ids and tokens are unguessable: from the system's generator, never the seeded one.
// Letters and digits (base64url), as real providers' ids are: hex digits would often run
// twelve decimal digits in a row, which RentalDesk rightly refuses as a typed card number.
QString randomId(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &byte : raw)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The test cards of the contract: the last four digits decide.
QString declineCodeOf(QStringView last4)
{
    if (last4 == u"0002")
        return QStringLiteral("card_declined");
    if (last4 == u"9995")
        return QStringLiteral("insufficient_funds");
    return {};
}

} // namespace

PaySimAnswer PaySimLedger::createToken(const QJsonObject &body, QDate today)
{
    const QJsonValue numberValue = body.value(QLatin1StringView("number"));
    const QJsonValue cvcValue = body.value(QLatin1StringView("cvc"));
    if (!numberValue.isString() || !cvcValue.isString())
        return badRequest(QStringLiteral("number and cvc must be strings."));
    const auto month = integerOf(body, QLatin1StringView("exp_month"), -1e6, 1e6);
    const auto year = integerOf(body, QLatin1StringView("exp_year"), -1e6, 1e6);
    if (!month || !year)
        return badRequest(QStringLiteral("exp_month and exp_year must be whole numbers."));

    // Spaces are how people write card numbers; anything else makes it invalid.
    const QString digits = numberValue.toString().remove(u' ');
    if (!cardnumbers::passesLuhn(digits)) // 13 to 19 digits
        return invalidCard(QStringLiteral("The card number is not valid."));
    if (*month < 1 || *month > 12 || *year < 1000 || *year > today.year() + 50)
        return invalidCard(QStringLiteral("The expiry date is not valid."));
    if (*year < today.year() || (*year == today.year() && *month < today.month()))
        return invalidCard(QStringLiteral("The card has expired."));
    const QString cvc = cvcValue.toString();
    if (cvc.size() < 3 || cvc.size() > 4 || !allDigits(cvc))
        return invalidCard(QStringLiteral("The CVC must have 3 or 4 digits."));

    const QString last4 = digits.right(4);
    const Token token{cardnumbers::brandCode(digits), last4, declineCodeOf(last4)};
    const QString name = QStringLiteral("tok_") + randomId(16);
    m_tokens.insert(name, token);
    ++m_stats.tokens;
    return PaySimAnswer::json(201, {{QStringLiteral("token"), name},
                                    {QStringLiteral("brand"), token.brand},
                                    {QStringLiteral("last4"), token.last4}});
}

PaySimAnswer PaySimLedger::authorise(const QJsonObject &body)
{
    const QJsonValue tokenValue = body.value(QLatin1StringView("token"));
    const auto amount = amountOf(body);
    const auto currency = currencyOf(body);
    if (!tokenValue.isString() || !amount || !currency)
        return badRequest(
            QStringLiteral("token must be a string, amount a whole number above 0, currency an ISO 4217 code."));
    const auto token = m_tokens.constFind(tokenValue.toString());
    if (token == m_tokens.cend())
        return PaySimAnswer::problem(422, QStringLiteral("unknown_token"), QStringLiteral("No such card token."));

    Authorisation authorisation;
    authorisation.id = QStringLiteral("auth_") + randomId(12);
    authorisation.status = token->declineCode.isEmpty() ? Status::Authorised : Status::Declined;
    authorisation.amount = *amount;
    authorisation.currency = *currency;
    authorisation.brand = token->brand;
    authorisation.last4 = token->last4;
    authorisation.declineCode = token->declineCode;
    m_authorisations.insert(authorisation.id, authorisation);
    ++m_stats.authorisations;
    if (authorisation.status == Status::Declined)
        ++m_stats.declines;

    QJsonObject answer{{QStringLiteral("id"), authorisation.id},
                       {QStringLiteral("status"), statusName(authorisation.status)},
                       {QStringLiteral("amount"), authorisation.amount},
                       {QStringLiteral("currency"), authorisation.currency},
                       {QStringLiteral("brand"), authorisation.brand},
                       {QStringLiteral("last4"), authorisation.last4}};
    if (authorisation.status == Status::Declined)
        answer.insert(QStringLiteral("decline_code"), authorisation.declineCode);
    return PaySimAnswer::json(201, answer);
}

PaySimAnswer PaySimLedger::capture(const QString &id, const QJsonObject &body)
{
    const auto found = m_authorisations.find(id);
    if (found == m_authorisations.end())
        return notFound(id);
    const auto amount = amountOf(body);
    if (!amount)
        return badRequest(QStringLiteral("amount must be a whole number above 0."));
    Authorisation &authorisation = *found;
    if (authorisation.status != Status::Authorised)
        return PaySimAnswer::problem(409, QStringLiteral("not_capturable"),
                                     QStringLiteral("The authorisation is %1.").arg(statusName(authorisation.status)));
    if (*amount > authorisation.amount)
        return PaySimAnswer::problem(422, QStringLiteral("amount_exceeds_authorisation"),
                                     QStringLiteral("At most %1 can be captured.").arg(authorisation.amount));
    authorisation.status = Status::Captured;
    authorisation.captured = *amount;
    ++m_stats.captures;
    m_stats.captured += *amount;
    return PaySimAnswer::json(200, {{QStringLiteral("id"), authorisation.id},
                                    {QStringLiteral("status"), statusName(authorisation.status)},
                                    {QStringLiteral("amount"), *amount},
                                    {QStringLiteral("currency"), authorisation.currency}});
}

PaySimAnswer PaySimLedger::refund(const QString &id, const QJsonObject &body)
{
    const auto found = m_authorisations.find(id);
    if (found == m_authorisations.end())
        return notFound(id);
    const auto amount = amountOf(body);
    const auto currency = currencyOf(body);
    if (!amount || !currency)
        return badRequest(QStringLiteral("amount must be a whole number above 0, currency an ISO 4217 code."));
    Authorisation &authorisation = *found;
    if (authorisation.status != Status::Captured && authorisation.status != Status::Refunded)
        return PaySimAnswer::problem(409, QStringLiteral("not_refundable"),
                                     QStringLiteral("The authorisation is %1.").arg(statusName(authorisation.status)));
    if (*currency != authorisation.currency)
        return PaySimAnswer::problem(422, QStringLiteral("currency_mismatch"),
                                     QStringLiteral("The payment was in %1.").arg(authorisation.currency));
    const qint64 left = authorisation.captured - authorisation.refunded;
    if (*amount > left)
        return PaySimAnswer::problem(422, QStringLiteral("amount_exceeds_capture"),
                                     QStringLiteral("At most %1 can still be refunded.").arg(left));
    authorisation.refunded += *amount;
    if (authorisation.refunded == authorisation.captured)
        authorisation.status = Status::Refunded; // partly refunded stays "captured"
    ++m_stats.refunds;
    m_stats.refunded += *amount;
    return PaySimAnswer::json(201, {{QStringLiteral("id"), QString(QStringLiteral("ref_") + randomId(12))},
                                    {QStringLiteral("authorisation"), authorisation.id},
                                    {QStringLiteral("status"), QStringLiteral("refunded")},
                                    {QStringLiteral("amount"), *amount},
                                    {QStringLiteral("currency"), authorisation.currency}});
}

PaySimAnswer PaySimLedger::describe(const QString &id) const
{
    const auto found = m_authorisations.constFind(id);
    if (found == m_authorisations.cend())
        return notFound(id);
    return PaySimAnswer::json(200, {{QStringLiteral("id"), found->id},
                                    {QStringLiteral("status"), statusName(found->status)},
                                    {QStringLiteral("amount"), found->amount},
                                    {QStringLiteral("currency"), found->currency},
                                    {QStringLiteral("captured"), found->captured},
                                    {QStringLiteral("refunded"), found->refunded}});
}

QString PaySimLedger::statusName(Status status)
{
    switch (status) {
    case Status::Authorised: return QStringLiteral("authorised");
    case Status::Declined: return QStringLiteral("declined");
    case Status::Captured: return QStringLiteral("captured");
    case Status::Refunded: return QStringLiteral("refunded");
    }
    return {};
}
