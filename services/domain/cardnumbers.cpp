#include "domain/cardnumbers.h"

#include <QHash>
#include <QRegularExpression>

namespace cardnumbers {

bool passesLuhn(QStringView digits)
{
    if (digits.size() < 13 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        int digit = c - u'0';
        if (doubled)
            digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool looksTyped(QStringView text)
{
    static const QRegularExpression longDigitRun(QStringLiteral(R"(\d(?:[ \-]?\d){11,})"));
    return longDigitRun.match(text.toString()).hasMatch();
}

bool foundIn(QByteArrayView bytes)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const bool digit = i < bytes.size() && bytes.at(i) >= '0' && bytes.at(i) <= '9';
        if (digit && start < 0)
            start = i;
        if (!digit && start >= 0) {
            if (passesLuhn(QString::fromLatin1(bytes.sliced(start, i - start))))
                return true;
            start = -1;
        }
    }
    return false;
}

QString brandCode(QStringView digits)
{
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if (digits.startsWith(u'4'))
        return QStringLiteral("visa");
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("amex");
    if (four == 6011 || two == 65)
        return QStringLiteral("discover");
    if (four >= 3528 && four <= 3589)
        return QStringLiteral("jcb");
    return QStringLiteral("unknown");
}

QString brandName(const QString &code)
{
    static const QHash<QString, QString> names{{QStringLiteral("visa"), QStringLiteral("VISA")},
                                               {QStringLiteral("mastercard"), QStringLiteral("Mastercard")},
                                               {QStringLiteral("amex"), QStringLiteral("American Express")},
                                               {QStringLiteral("discover"), QStringLiteral("Discover")},
                                               {QStringLiteral("jcb"), QStringLiteral("JCB")}};
    return names.value(code.toLower(), code);
}

} // namespace cardnumbers
