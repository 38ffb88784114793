#include "logging/logredaction.h"

#include <QRegularExpression>

namespace logredaction {

QString redact(const QString &line)
{
    // Compiled once; QRegularExpression is safe to use from several threads at once.
    static const QRegularExpression cardNumber(QStringLiteral(R"re((?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-]))re"));
    static const QRegularExpression bearer(QStringLiteral(R"re((Bearer\s+)[^\s"',;]+)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretValue(
        QStringLiteral(R"re((\b(?:password|passwd|token|api[_-]?key|pin)"?\s*[=:]\s*"?)[^\s"',;&]+)re"),
        QRegularExpression::CaseInsensitiveOption);
    QString redacted = line;
    redacted.replace(cardNumber, QStringLiteral("[number removed]"));
    redacted.replace(bearer, QStringLiteral("\\1[removed]"));
    redacted.replace(secretValue, QStringLiteral("\\1[removed]"));
    return redacted;
}

} // namespace logredaction
