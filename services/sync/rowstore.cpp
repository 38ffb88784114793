#include "sync/rowstore.h"

#include "domain/errors.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

namespace rowstore {
namespace {

QVariant valueOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = qint64(number);
        return double(whole) == number ? QVariant(whole) : QVariant(number);
    }
    case QJsonValue::Bool:
        return qint64(value.toBool());
    default:
        return value.toString();
    }
}

// The table's columns, asked once per connection: the schema does not change while it is
// open, and asking the driver costs more than writing the row.
QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    thread_local QHash<QString, QStringList> known;
    const QString key = db.connectionName() + QLatin1Char('/') + table;
    auto found = known.constFind(key);
    if (found != known.constEnd())
        return *found;
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    if (!names.isEmpty())
        known.insert(key, names);
    return names;
}

} // namespace

Result<void> upsert(const QSqlDatabase &db, const QString &table, const QJsonObject &row)
{
    const QStringList columns = columnsOf(db, table);
    if (columns.isEmpty() || !row.contains(QStringLiteral("id")))
        return errors::storage(QStringLiteral("not a synchronised row of %1").arg(table));
    QStringList names;
    QStringList updates;
    QVariantList values;
    for (const QString &name : columns) {
        if (!row.contains(name))
            continue;
        names.append(name);
        values.append(valueOf(row.value(name)));
        if (name != QLatin1String("id"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(name));
    }
    const QString placeholders = QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','));
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(id) ")
                      .arg(table, names.join(QLatin1Char(',')), placeholders);
    sql += updates.isEmpty() ? QStringLiteral("DO NOTHING")
                             : QStringLiteral("DO UPDATE SET ") + updates.join(QLatin1Char(','));
    SqlQuery upsert(db, sql);
    for (const QVariant &value : std::as_const(values))
        upsert.bind(value);
    return upsert.exec();
}

} // namespace rowstore
