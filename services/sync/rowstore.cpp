#include "sync/rowstore.h"

#include "domain/errors.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>
#include <QVarLengthArray>

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

// A table's columns, and its upsert statement for each set of them a row has held (bit i:
// the row holds columns[i]). A pull writes thousands of rows of the same shape: the SQL is
// built once, not per row.
struct Table
{
    QStringList columns;
    QHash<quint64, QString> upserts;
};

QString upsertSql(const QString &table, const QStringList &columns, quint64 present)
{
    QString names;
    QString placeholders;
    QString updates;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!(present & (quint64(1) << i)))
            continue;
        const QString &name = columns.at(i);
        if (!names.isEmpty()) {
            names += u',';
            placeholders += u',';
        }
        names += name;
        placeholders += u'?';
        if (name == QLatin1String("id"))
            continue;
        if (!updates.isEmpty())
            updates += u',';
        updates += name + QLatin1String(" = excluded.") + name;
    }
    return QLatin1String("INSERT INTO ") + table + u'(' + names + QLatin1String(") VALUES (") + placeholders
           + QLatin1String(") ON CONFLICT(id) ")
           + (updates.isEmpty() ? QStringLiteral("DO NOTHING") : QLatin1String("DO UPDATE SET ") + updates);
}

// Asked of the driver once per connection and table: the schema does not change while it is
// open, and asking costs more than writing the row.
Table *known(const QSqlDatabase &db, const QString &table)
{
    thread_local QHash<QString, QHash<QString, Table>> tables; // by connection, then table
    QHash<QString, Table> &ofConnection = tables[db.connectionName()];
    auto found = ofConnection.find(table);
    if (found != ofConnection.end())
        return &found.value();
    const QSqlRecord record = db.record(table);
    // A mask holds 64 columns; ours have a few dozen at most.
    if (record.isEmpty() || record.count() > 64)
        return nullptr;
    Table shape;
    for (int i = 0; i < record.count(); ++i)
        shape.columns.append(record.fieldName(i));
    return &ofConnection.insert(table, std::move(shape)).value();
}

} // namespace

Result<void> upsert(const QSqlDatabase &db, const QString &table, const QJsonObject &row)
{
    Table *shapes = known(db, table);
    if (!shapes || !row.contains(QStringLiteral("id")))
        return errors::storage(QStringLiteral("not a synchronised row of %1").arg(table));
    quint64 present = 0;
    QVarLengthArray<QVariant, 32> values;
    for (qsizetype i = 0; i < shapes->columns.size(); ++i) {
        const auto value = row.constFind(shapes->columns.at(i));
        if (value == row.constEnd())
            continue;
        present |= quint64(1) << i;
        values.append(valueOf(*value));
    }
    auto sql = shapes->upserts.constFind(present);
    if (sql == shapes->upserts.constEnd())
        sql = shapes->upserts.insert(present, upsertSql(table, shapes->columns, present));
    SqlQuery upsert(db, *sql);
    for (const QVariant &value : std::as_const(values))
        upsert.bind(value);
    return upsert.exec();
}

} // namespace rowstore
