#include "timetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace timetext {
namespace {

enum class Half { None, Morning, Afternoon };

// Takes the AM/PM marker (English or Korean) out of `text`.
Half takeHalf(QString &text)
{
    static const QRegularExpression morning(QStringLiteral(R"((\ba\.?m\.?|\ba\b|오전))"));
    static const QRegularExpression afternoon(QStringLiteral(R"((\bp\.?m\.?|\bp\b|오후))"));
    // "9:30am": the marker may touch the digits.
    text.replace(QRegularExpression(QStringLiteral(R"((\d)([ap]\.?m?\.?)$)")), QStringLiteral("\\1 \\2"));
    if (text.contains(morning)) {
        text.remove(morning);
        return Half::Morning;
    }
    if (text.contains(afternoon)) {
        text.remove(afternoon);
        return Half::Afternoon;
    }
    return Half::None;
}

} // namespace

std::optional<QTime> parse(const QString &typed)
{
    QString text = typed.trimmed().toLower();
    const Half half = takeHalf(text);
    text.replace(QStringLiteral("시"), QStringLiteral(":")).remove(QStringLiteral("분"));
    text = text.simplified();
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?\s*:?$)"));
    static const QRegularExpression packed(QStringLiteral(R"(^(\d{1,2})(\d{2})$)")); // "930", "1730"
    QRegularExpressionMatch match = packed.match(text);
    if (!match.hasMatch())
        match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (minute > 59)
        return std::nullopt;
    if (half == Half::None) {
        if (hour > 23)
            return std::nullopt;
    } else {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == Half::Afternoon ? 12 : 0);
    }
    return QTime(hour, minute);
}

QString format(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, QLocale::ShortFormat);
}

} // namespace timetext
