#include "storage/sqlquery.h"

#include "domain/errors.h"
#include "domain/ids.h"
#include "storage/logging.h"
#include "storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace {

// PostgreSQL's PREPARE takes only queries; a transaction or schema statement (SAVEPOINT,
// CREATE …) fails there, and a failed statement spoils the whole transaction.
bool preparable(const QSqlDatabase &db, const QString &sql)
{
    if (!sqldialect::isPostgreSql(db))
        return true;
    static const QRegularExpression query(QStringLiteral("^[\\s(]*(SELECT|INSERT|UPDATE|DELETE|VALUES|WITH)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return query.match(sql).hasMatch();
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_lease(preparable(db, sql) ? statementcache::acquire(db, sql) : statementcache::Lease{})
{
    if (m_lease.native) {
        m_native = m_lease.native;
        m_handle = m_lease.handle;
    } else if (m_lease.query) {
        m_query = m_lease.query;
    } else if (statementcache::sqliteHandle(db)) {
        prepareNative(db, sql);
    } else {
        prepareQt(db, sql);
    }
}

void SqlQuery::prepareNative(const QSqlDatabase &db, const QString &sql)
{
    m_handle = statementcache::sqliteHandle(db);
    m_native = statementcache::prepareSqlite(m_handle, sql.toUtf8());
    if (!m_native) {
        m_prepareError = statementcache::sqliteMessage(m_handle);
        return;
    }
    m_ownsNative = true;
}

void SqlQuery::prepareQt(const QSqlDatabase &db, const QString &sql)
{
    m_own = std::make_unique<QSqlQuery>(db);
    m_own->setForwardOnly(true);
    m_query = m_own.get();
    if (!preparable(db, sql))
        m_direct = sql;
    else if (!m_query->prepare(sql))
        m_prepareError = m_query->lastError().text();
}

SqlQuery::~SqlQuery()
{
    if (m_ownsNative)
        sqlite3_finalize(m_native);
    statementcache::release(m_lease);
}

void SqlQuery::resetNative()
{
    // A statement must be reset before it is bound or run again.
    if (m_step != Step::Ready) {
        sqlite3_reset(m_native);
        m_step = Step::Ready;
    }
}

void SqlQuery::bindNative(const QVariant &value)
{
    const int parameter = ++m_position;
    if (value.isNull()) {
        sqlite3_bind_null(m_native, parameter);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_native, parameter, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_native, parameter, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_native, parameter, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_native, parameter, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        return;
    }
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    if (m_native) {
        resetNative();
        bindNative(value);
    } else if (m_query) {
        m_query->bindValue(m_position++, value);
    }
    return *this;
}

SqlQuery &SqlQuery::bind(const QUuid &id)
{
    if (!m_native)
        return bind(QVariant(ids::toText(id)));
    resetNative();
    const QByteArray text = id.toByteArray(QUuid::WithoutBraces); // ids::toText's form, in UTF-8
    sqlite3_bind_text(m_native, ++m_position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &text)
{
    // A null QString would bind as SQL NULL; our text columns mean "empty" by it.
    if (!m_native)
        return bind(QVariant(text.isNull() ? QStringLiteral("") : text));
    resetNative();
    // utf16() of a null string is "" (never null), so it binds as '' too.
    sqlite3_bind_text16(m_native, ++m_position, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    return *this;
}

SqlQuery &SqlQuery::bindUtf8(const QByteArray &text)
{
    if (!m_native)
        return bind(QString::fromUtf8(text));
    resetNative();
    sqlite3_bind_text(m_native, ++m_position, text.isNull() ? "" : text.constData(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlQuery &SqlQuery::bind(qint64 number)
{
    if (!m_native)
        return bind(QVariant(number));
    resetNative();
    sqlite3_bind_int64(m_native, ++m_position, number);
    return *this;
}

SqlQuery &SqlQuery::bind(int number)
{
    return bind(qint64(number));
}

Result<void> SqlQuery::exec()
{
    if (!m_prepareError.isEmpty()) {
        qCWarning(lcDb) << "prepare failed:" << m_prepareError;
        return errors::storage(m_prepareError);
    }
    if (m_native) {
        resetNative();
        m_position = 0;
        const int stepped = sqlite3_step(m_native);
        if (stepped == SQLITE_ROW || stepped == SQLITE_DONE) {
            m_step = stepped == SQLITE_ROW ? Step::FirstRow : Step::Done;
            return {};
        }
        const QString detail = statementcache::sqliteMessage(m_handle); // before reset() repeats the code
        sqlite3_reset(m_native);
        qCWarning(lcDb) << "statement failed:" << detail;
        return errors::storage(detail);
    }
    if (!m_direct.isEmpty() && m_position > 0)
        return errors::storage(QStringLiteral("values cannot be bound to: %1").arg(m_direct));
    m_position = 0;
    if (!(m_direct.isEmpty() ? m_query->exec() : m_query->exec(m_direct))) {
        const QString detail = m_query->lastError().text();
        qCWarning(lcDb) << "statement failed:" << detail;
        return errors::storage(detail);
    }
    return {};
}

bool SqlQuery::next()
{
    if (!m_native)
        return m_query && m_query->next();
    switch (m_step) {
    case Step::FirstRow: // exec() stepped onto it already
        m_step = Step::Rows;
        return true;
    case Step::Rows:
        break;
    case Step::Ready:
    case Step::Done:
        return false;
    }
    const int stepped = sqlite3_step(m_native);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        qCWarning(lcDb) << "reading rows failed:" << statementcache::sqliteMessage(m_handle);
    m_step = Step::Done;
    return false;
}

QVariant SqlQuery::value(int column) const
{
    if (!m_native)
        return m_query ? m_query->value(column) : QVariant();
    switch (sqlite3_column_type(m_native, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_native, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_native, column));
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_native, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_native, column)));
    }
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

qint64 SqlQuery::integer(int column) const
{
    if (!m_native)
        return m_query ? m_query->value(column).toLongLong() : 0;
    return sqlite3_column_int64(m_native, column);
}

QString SqlQuery::text(int column) const
{
    if (!m_native)
        return m_query ? m_query->value(column).toString() : QString();
    // The pointer first, then the size: the order SQLite documents. NULL gives a null string.
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_native, column));
    return QString(utf16, sqlite3_column_bytes16(m_native, column) / qsizetype(sizeof(QChar)));
}

QUuid SqlQuery::uuid(int column) const
{
    if (!m_native)
        return ids::fromText(text(column));
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_native, column));
    return QUuid::fromString(QLatin1StringView(utf8, sqlite3_column_bytes(m_native, column)));
}

int SqlQuery::rowsAffected() const
{
    if (!m_native)
        return m_query ? m_query->numRowsAffected() : 0;
    return sqlite3_changes(m_handle);
}

qint64 SqlQuery::lastInsertId() const
{
    if (!m_native)
        return m_query ? m_query->lastInsertId().toLongLong() : 0;
    return sqlite3_last_insert_rowid(m_handle);
}

QStringList SqlQuery::columnNames() const
{
    QStringList names;
    if (!m_native) {
        const QSqlRecord record = m_query ? m_query->record() : QSqlRecord();
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        return names;
    }
    const int count = sqlite3_column_count(m_native);
    for (int i = 0; i < count; ++i)
        names.append(QString::fromUtf8(sqlite3_column_name(m_native, i)));
    return names;
}

void SqlQuery::finish()
{
    if (m_native)
        resetNative();
    else if (m_query)
        m_query->finish();
}
