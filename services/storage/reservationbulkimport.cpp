#include "storage/reservationbulkimport.h"

#include "storage/reservationrepository.h"
#include "storage/sqlquery.h"

namespace {

constexpr int RowsPerStatement = 64; // 64 × 15 values, well under SQLite's variable limit

QString multiRowInsert()
{
    QString sql = QStringLiteral("INSERT INTO reservations(%1) VALUES ").arg(reservationrepository::columns());
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < RowsPerStatement; ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + row;
    return sql;
}

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
    qsizetype next = 0;
    if (reservations.size() >= RowsPerStatement) {
        SqlQuery insert(m_db, multiRowInsert());
        for (; next + RowsPerStatement <= reservations.size(); next += RowsPerStatement) {
            for (qsizetype i = next; i < next + RowsPerStatement; ++i)
                reservationrepository::bindRow(insert, reservations.at(i));
            RD_TRY(insert.exec());
        }
    }
    // The last few rows go one by one; insertMany also keeps the longest period noted.
    RD_TRY(reservationrepository::insertMany(m_db, reservations.mid(next)));
    for (const Reservation &r : reservations)
        m_longest = std::max(m_longest, r.period.seconds());
    return {};
}

Result<void> ReservationBulkImport::finish()
{
    for (const QString &definition : std::as_const(m_indexDefinitions))
        RD_TRY(SqlQuery(m_db, definition).exec());
    m_indexDefinitions.clear();
    return reservationrepository::noteLongest(m_db, m_longest);
}
