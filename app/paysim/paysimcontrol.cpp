#include "paysimcontrol.h"

#include <QJsonDocument>

#include <array>
#include <optional>
#include <utility>

namespace {

constexpr std::array<std::pair<PaySimControl::AnswerMode, const char *>, 4> AnswerModeNames{{
    {PaySimControl::AnswerMode::Normal, "normal"},
    {PaySimControl::AnswerMode::Garbage, "garbage"},
    {PaySimControl::AnswerMode::WrongAmount, "wrong_amount"},
    {PaySimControl::AnswerMode::UnknownStatus, "unknown_status"},
}};

QString nameOf(PaySimControl::AnswerMode mode)
{
    for (const auto &[value, name] : AnswerModeNames)
        if (value == mode)
            return QLatin1StringView(name);
    return {};
}

std::optional<PaySimControl::AnswerMode> answerModeOf(const QJsonValue &value)
{
    for (const auto &[mode, name] : AnswerModeNames)
        if (value.isString() && value.toString() == QLatin1StringView(name))
            return mode;
    return std::nullopt;
}

PaySimAnswer invalid(const QString &detail)
{
    return PaySimAnswer::problem(400, QStringLiteral("bad_request"), detail);
}

bool isWholeNumberIn(const QJsonValue &value, double min, double max)
{
    return value.isDouble() && value.toDouble() >= min && value.toDouble() <= max
        && value.toDouble() == double(qint64(value.toDouble()));
}

} // namespace

PaySimControl::PaySimControl(const Settings &settings, quint32 seed) : m_settings(settings), m_random(seed)
{
}

QJsonObject PaySimControl::toJson() const
{
    return {{QStringLiteral("latency_ms"), m_settings.latencyMs},
            {QStringLiteral("failure_rate"), m_settings.failureRate},
            {QStringLiteral("outage"), m_settings.outage},
            {QStringLiteral("fail_next"), m_settings.failNext},
            {QStringLiteral("answer"), nameOf(m_settings.answer)}};
}

PaySimAnswer PaySimControl::apply(const QJsonObject &changes)
{
    Settings next = m_settings;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"latency_ms") {
            if (!isWholeNumberIn(value, 0, MaxLatencyMs))
                return invalid(QStringLiteral("latency_ms must be a whole number from 0 to %1.").arg(MaxLatencyMs));
            next.latencyMs = value.toInt();
        } else if (key == u"failure_rate") {
            if (!value.isDouble() || value.toDouble() < 0.0 || value.toDouble() > 1.0)
                return invalid(QStringLiteral("failure_rate must be a number from 0 to 1."));
            next.failureRate = value.toDouble();
        } else if (key == u"outage") {
            if (!value.isBool())
                return invalid(QStringLiteral("outage must be true or false."));
            next.outage = value.toBool();
        } else if (key == u"fail_next") {
            if (!isWholeNumberIn(value, 0, 1'000'000))
                return invalid(QStringLiteral("fail_next must be a whole number from 0 to 1000000."));
            next.failNext = value.toInt();
        } else if (key == u"answer") {
            const auto mode = answerModeOf(value);
            if (!mode)
                return invalid(QStringLiteral("answer must be normal, garbage, wrong_amount or unknown_status."));
            next.answer = *mode;
        } else {
            // A typo must not pass silently: the test that sent it would test nothing.
            return invalid(QStringLiteral("Unknown setting \"%1\".").arg(key));
        }
    }
    m_settings = next;
    return PaySimAnswer::json(200, toJson());
}

bool PaySimControl::takeFailure()
{
    if (m_settings.failNext > 0) {
        --m_settings.failNext;
        return true;
    }
    return m_settings.failureRate > 0.0 && m_random.generateDouble() < m_settings.failureRate;
}

PaySimAnswer PaySimControl::disguise(const PaySimAnswer &answer) const
{
    if (m_settings.answer == AnswerMode::Normal || !answer.isSuccess())
        return answer;
    PaySimAnswer sent = answer;
    if (m_settings.answer == AnswerMode::Garbage) {
        // As if the connection had been cut mid-answer: a strict prefix of a JSON object is never JSON.
        sent.body = answer.body.left(answer.body.size() / 2);
        return sent;
    }
    QJsonObject object = answer.jsonObject();
    if (m_settings.answer == AnswerMode::WrongAmount && object.value(QLatin1StringView("amount")).isDouble())
        object.insert(QStringLiteral("amount"), object.value(QLatin1StringView("amount")).toInteger() + 1);
    if (m_settings.answer == AnswerMode::UnknownStatus && object.contains(QLatin1StringView("status")))
        object.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
    sent.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return sent;
}
