#include "domain/cardentry.h"

#include "domain/cardnumbers.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString withoutSeparators(QString text)
{
    return text.remove(u' ').remove(u'-').trimmed();
}

// Month and four-digit year of "MM/YY", "MM/YYYY", "MM-YY" or "MMYY"; none when it is not one.
std::optional<std::pair<int, int>> expiryOf(const QString &typed)
{
    QString text = typed.trimmed();
    text.remove(u' ');
    QString month, year;
    if (const qsizetype slash = std::max(text.indexOf(u'/'), text.indexOf(u'-')); slash >= 0) {
        month = text.left(slash);
        year = text.mid(slash + 1);
    } else if (text.size() == 4 || text.size() == 6) {
        month = text.left(2);
        year = text.mid(2);
    }
    if (month.isEmpty() || month.size() > 2 || !allDigits(month) || !(year.size() == 2 || year.size() == 4)
        || !allDigits(year))
        return std::nullopt;
    const int m = month.toInt();
    const int y = year.size() == 2 ? 2000 + year.toInt() : year.toInt();
    if (m < 1 || m > 12)
        return std::nullopt;
    return std::pair{m, y};
}

} // namespace

namespace cardentry {

Reading read(const QString &number, const QString &expiry, const QString &securityCode, QDate today)
{
    Reading r;
    r.card.number = withoutSeparators(number);
    if (r.card.number.isEmpty())
        r.problems.number = QCoreApplication::translate("CardEntry", "Enter the card number.");
    else if (!allDigits(r.card.number) || !cardnumbers::passesLuhn(r.card.number))
        r.problems.number = QCoreApplication::translate("CardEntry", "This card number is not valid. Check the digits on the card.");

    if (expiry.trimmed().isEmpty()) {
        r.problems.expiry = QCoreApplication::translate("CardEntry", "Enter the expiry date, e.g. 08/29.");
    } else if (const auto read = expiryOf(expiry); !read) {
        r.problems.expiry = QCoreApplication::translate("CardEntry", "Write the expiry date as month/year, e.g. 08/29.");
    } else {
        r.card.expiryMonth = read->first;
        r.card.expiryYear = read->second;
        if (QDate(r.card.expiryYear, r.card.expiryMonth, 1).addMonths(1) <= QDate(today.year(), today.month(), 1))
            r.problems.expiry = QCoreApplication::translate("CardEntry", "This card has expired.");
        else if (r.card.expiryYear > today.year() + 30)
            r.problems.expiry = QCoreApplication::translate("CardEntry", "Write the expiry date as month/year, e.g. 08/29.");
    }

    r.card.securityCode = securityCode.trimmed();
    if (r.card.securityCode.isEmpty())
        r.problems.securityCode = QCoreApplication::translate("CardEntry", "Enter the security code from the back of the card.");
    else if (r.card.securityCode.size() < 3 || r.card.securityCode.size() > 4 || !allDigits(r.card.securityCode))
        r.problems.securityCode = QCoreApplication::translate("CardEntry", "The security code has 3 or 4 digits.");
    return r;
}

QString grouped(const QString &typed)
{
    const QString digits = withoutSeparators(typed);
    const bool amex = cardnumbers::brandCode(digits) == QLatin1StringView("amex");
    const QList<int> groups = amex ? QList<int>{4, 6, 5} : QList<int>{4, 4, 4, 4, 3};
    QString out;
    qsizetype at = 0;
    for (int size : groups) {
        if (at >= digits.size())
            break;
        if (!out.isEmpty())
            out += u' ';
        out += digits.mid(at, size);
        at += size;
    }
    if (at < digits.size())
        out += digits.mid(at);
    return out;
}

} // namespace cardentry
