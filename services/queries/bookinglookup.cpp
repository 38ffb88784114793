#include "queries/bookinglookup.h"

#include "domain/ids.h"
#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

namespace {

constexpr int Digits = 8; // of a booking code

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

} // namespace

namespace bookingcodes {

QString codeFor(const QUuid &reservationId)
{
    const QString hex = ids::toText(reservationId).right(Digits).toUpper();
    return hex.left(4) + u'-' + hex.mid(4);
}

QString normalise(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        if (!lower.isDigit() && (lower < u'a' || lower > u'f'))
            return {};
        code += lower;
    }
    return code.size() == Digits ? code : QString();
}

} // namespace bookingcodes

namespace bookinglookup {

Result<std::optional<FoundBooking>> find(const QSqlDatabase &db, const QString &code, const QString &phone)
{
    const QString wantedCode = bookingcodes::normalise(code);
    const QString wantedPhone = digitsOf(phone);
    if (wantedCode.isEmpty() || wantedPhone.isEmpty())
        return std::optional<FoundBooking>();
    // The same expression as the index reservations_by_code (migration 9).
    SqlQuery q(db, QStringLiteral("SELECT r.id, c.phone, c.name, s.name FROM reservations r "
                                  "JOIN customers c ON c.id = r.customer_id JOIN resources s ON s.id = r.resource_id "
                                  "WHERE substr(r.id, 29, 8) = ?"));
    q.bind(wantedCode);
    RD_TRY(q.exec());
    while (q.next()) {
        if (digitsOf(q.text(1)) != wantedPhone)
            continue;
        auto booking = reservationrepository::find(db, q.uuid(0));
        if (!booking)
            return booking.error();
        if (!booking.value())
            continue;
        return std::optional<FoundBooking>(FoundBooking{*booking.value(), q.text(3), q.text(2)});
    }
    return std::optional<FoundBooking>();
}

} // namespace bookinglookup
