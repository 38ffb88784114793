#include "pricetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pricetext {

QString format(const Money &money, const QLocale &locale)
{
    const int digits = Money::minorDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = money.minor < 0 ? -money.minor : money.minor;
    QString text = locale.toString(magnitude / scale);
    if (digits > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return money.minor < 0 ? locale.negativeSign() + text : text;
}

std::variant<qint64, QString> parse(QString text, const QString &currency, const QLocale &locale)
{
    const int digits = Money::minorDigits(currency);
    text.remove(u'₩').remove(locale.groupSeparator()).remove(u' ').remove(QChar(0x00A0));
    if (locale.decimalPoint() != QLatin1String("."))
        text.replace(locale.decimalPoint(), QStringLiteral("."));
    if (locale.negativeSign() != QLatin1String("-"))
        text.replace(locale.negativeSign(), QStringLiteral("-"));
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch match = number.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return QCoreApplication::translate("PriceText", "Enter the price as a number, for example %1.")
            .arg(locale.toString(55000));
    const QString fraction = match.captured(3);
    if (fraction.size() > digits) {
        return digits == 0
            ? QCoreApplication::translate("PriceText", "This currency has no decimals: enter a whole amount.")
            : QCoreApplication::translate("PriceText", "Enter at most %n decimal(s).", nullptr, digits);
    }
    qint64 minor = match.captured(2).toLongLong();
    for (int i = 0; i < digits; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return match.captured(1).isEmpty() ? minor : -minor;
}

} // namespace pricetext
