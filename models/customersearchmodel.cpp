#include "customersearchmodel.h"

#include "api/session.h"
#include "queries/customersearchquery.h"

CustomerSearchModel::CustomerSearchModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const Customer &c = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn: return c.data.name;
    case PhoneColumn: return c.data.phone;
    case EmailColumn: return c.data.email;
    default: return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case EmailColumn: return tr("E-mail");
    default: return {};
    }
}

void CustomerSearchModel::setSearchText(const QString &text)
{
    const QString trimmed = text.simplified();
    m_text = trimmed;
    const quint64 generation = ++m_generation;
    if (trimmed.isEmpty()) {
        apply(generation, trimmed, QList<Customer>());
        return;
    }
    auto future = m_session.read<QList<Customer>>(Action::RegisterCustomers, [trimmed](const QSqlDatabase &db) {
        return customersearchquery::find(db, trimmed);
    });
    // Applied from the event loop even when the answer is ready at once (a refusal), so a
    // view never sees the rows change inside the call that asked for them.
    future.then(this, [this, generation, trimmed](const Result<QList<Customer>> &found) {
        QMetaObject::invokeMethod(
            this, [this, generation, trimmed, found]() { apply(generation, trimmed, found); }, Qt::QueuedConnection);
    });
}

int CustomerSearchModel::rowOf(const QUuid &customerId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == customerId)
            return row;
    return -1;
}

void CustomerSearchModel::apply(quint64 generation, const QString &text, const Result<QList<Customer>> &found)
{
    if (generation != m_generation)
        return;
    if (!found) {
        Q_EMIT searchFailed(found.error().message);
        return;
    }
    beginResetModel();
    m_rows = found.value();
    endResetModel();
    Q_EMIT searched(text);
}
