#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>

class Session;

// The customers matching what the clerk typed (name, phone or e-mail), for picking who a
// booking is for. setSearchText runs the search on a reader (customersearchquery, at most
// 50 answers) through the session, which checks the clerk may see customers; an answer to
// an older text is dropped, so fast typing never shows stale rows.
class CustomerSearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PhoneColumn, EmailColumn, ColumnCount };

    explicit CustomerSearchModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // An empty text clears the rows without asking the database.
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    const Customer &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &customerId) const;

Q_SIGNALS:
    // The rows now answer `text` (possibly none).
    void searched(const QString &text);
    void searchFailed(const QString &message);

private:
    void apply(quint64 generation, const QString &text, const Result<QList<Customer>> &found);

    Session &m_session;
    QList<Customer> m_rows;
    QString m_text;
    quint64 m_generation = 0;
};
