#include "storage/sqlitelibrary.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace sqlitelibrary {
namespace {

// Far above any real limit (1 TiB plus an odd number of bytes): harmless while it is set,
// and not a value anything else would choose.
constexpr long long IdentityMarker = (1LL << 40) + 4099;

Result<QVariantList> row(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return errors::storage(query.lastError().text());
    QVariantList values;
    for (int column = 0; column < query.record().count(); ++column)
        values << query.value(column);
    return values;
}

QString refusal(const QString &detail)
{
    return QCoreApplication::translate(
               "Errors",
               "RentalDesk and Qt's SQLite driver use different copies of SQLite (%1), which would corrupt "
               "the database. Install the driver built against the system's SQLite (see the README, "
               "\"Building on Windows and macOS\").")
        .arg(detail);
}

} // namespace

Api linked()
{
    return Api{&sqlite3_libversion, &sqlite3_sourceid, &sqlite3_soft_heap_limit64};
}

QString mismatch(const Build &program, const Build &driver)
{
    if (program.version == driver.version && program.sourceId == driver.sourceId)
        return {};
    return refusal(QCoreApplication::translate("Errors", "RentalDesk: %1, driver: %2")
                       .arg(program.version + u' ' + program.sourceId.left(20),
                            driver.version + u' ' + driver.sourceId.left(20)));
}

Result<void> verify(QSqlDatabase &db, const Api &program)
{
    auto driverBuild = row(db, QStringLiteral("SELECT sqlite_version(), sqlite_source_id()"));
    if (!driverBuild)
        return driverBuild.error();
    const Build ours{QString::fromUtf8(program.libversion()), QString::fromUtf8(program.sourceid())};
    const Build theirs{driverBuild.value().at(0).toString(), driverBuild.value().at(1).toString()};
    if (const QString refused = mismatch(ours, theirs); !refused.isEmpty())
        return Error{QStringLiteral("sqlite_mismatch"), refused};

    const long long previous = program.softHeapLimit64(IdentityMarker);
    auto seen = row(db, QStringLiteral("PRAGMA soft_heap_limit"));
    program.softHeapLimit64(previous);
    if (!seen)
        return seen.error();
    if (seen.value().at(0).toLongLong() != IdentityMarker)
        return Error{QStringLiteral("sqlite_mismatch"),
                     refusal(QCoreApplication::translate("Errors", "two copies of SQLite %1").arg(ours.version))};
    return {};
}

} // namespace sqlitelibrary
