#include "storage/reservationbulkimport.h"

#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

#include <QThread>

#include <array>

namespace {

// The id as ids::toText writes it (lower-case hex in 8-4-4-4-12 groups), without a QString.
QByteArrayView uuidText(const QUuid &id, std::array<char, 36> &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const std::array<uchar, 16> bytes{uchar(id.data1 >> 24), uchar(id.data1 >> 16), uchar(id.data1 >> 8),
                                      uchar(id.data1),       uchar(id.data2 >> 8),  uchar(id.data2),
                                      uchar(id.data3 >> 8),  uchar(id.data3),       id.data4[0],
                                      id.data4[1],           id.data4[2],           id.data4[3],
                                      id.data4[4],           id.data4[5],           id.data4[6],
                                      id.data4[7]};
    int out = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[out++] = '-';
        text[out++] = Hex[bytes[i] >> 4];
        text[out++] = Hex[bytes[i] & 0xf];
    }
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

// Device names and currencies repeat from row to row: encode each once.
class Utf8Cache final
{
public:
    QByteArrayView operator()(const QString &text)
    {
        if (!m_filled || (!m_text.isSharedWith(text) && m_text != text)) {
            m_text = text;
            m_utf8 = text.toUtf8();
            m_filled = true;
        }
        return m_utf8;
    }

private:
    bool m_filled = false;
    QString m_text;
    QByteArray m_utf8;
};

} // namespace

Result<ReservationBulkImport> ReservationBulkImport::begin(const QSqlDatabase &db)
{
    ReservationBulkImport import(db);
    // Indexes SQLite made itself (the primary key) have no SQL and stay.
    SqlQuery indexes(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                        "AND tbl_name = 'reservations' AND sql IS NOT NULL ORDER BY name"));
    RD_TRY(indexes.exec());
    QStringList names;
    while (indexes.next()) {
        names << indexes.text(0);
        import.m_indexDefinitions << indexes.text(1);
    }
    for (const QString &name : std::as_const(names))
        RD_TRY(SqlQuery(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)).exec());
    return import;
}

Result<void> ReservationBulkImport::add(const QList<Reservation> &reservations)
{
    if (!m_insert) {
        auto prepared = SqliteStatement::prepare(m_db, reservationrepository::insertSql().toUtf8());
        if (!prepared)
            return prepared.error();
        m_insert.emplace(std::move(prepared.value()));
    }
    SqliteStatement &insert = *m_insert;
    std::array<char, 36> buffer;
    Utf8Cache currencies;
    Utf8Cache devices;
    Utf8Cache details; // nearly always "{}"
    for (const Reservation &r : reservations) {
        // The order of reservationrepository::columns().
        insert.bind(1, uuidText(r.id, buffer));
        insert.bind(2, uuidText(r.resourceId, buffer));
        insert.bind(3, uuidText(r.customerId, buffer));
        insert.bind(4, r.quantity);
        insert.bind(5, r.period.start);
        insert.bind(6, r.period.end);
        insert.bind(7, r.amount.minor);
        insert.bind(8, currencies(r.amount.currency));
        insert.bind(9, qint64(r.status));
        insert.bind(10, qint64(r.paymentStatus));
        insert.bind(11, r.holdExpiresAt);
        insert.bind(12, devices(r.originDevice));
        insert.bind(13, r.version);
        insert.bind(14, r.createdAt);
        insert.bind(15, r.updatedAt);
        insert.bind(16, details(reservationrepository::detailsText(r.details)));
        RD_TRY(insert.run());
        m_longest = std::max(m_longest, r.period.seconds());
    }
    return {};
}

Result<void> ReservationBulkImport::finish()
{
    // Building an index is a sort of every row; SQLite's sorter can hand sorted runs to
    // helper threads, which it does only when asked (the benchmark's index build on two
    // cores: 10.8 s without helpers, 8.1-8.9 s with them). Set back for the connection's
    // later work.
    RD_TRY(SqlQuery(m_db, QStringLiteral("PRAGMA threads=%1").arg(QThread::idealThreadCount())).exec());
    for (const QString &definition : std::as_const(m_indexDefinitions))
        RD_TRY(SqlQuery(m_db, definition).exec());
    RD_TRY(SqlQuery(m_db, QStringLiteral("PRAGMA threads=0")).exec());
    m_indexDefinitions.clear();
    return reservationrepository::noteLongest(m_db, m_longest);
}
