#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "queries/paymentoverview.h"

#include <QAbstractTableModel>

// One list of the manager's Payments screen (paymentoverview): when, whose booking, how
// much, which card, where the money stands, the provider's tries and what it last said. The
// screen loads the rows (Session::paymentOverview) and hands them over with setRows.
class PaymentOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        CustomerColumn,
        ResourceColumn,
        AmountColumn,
        MethodColumn,
        StatusColumn,
        AttemptsColumn,
        NextTryColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int KeyRole = Qt::UserRole + 1;

    // `profile`: the business, whose noun heads the column of what was booked.
    PaymentOverviewModel(DisplayContext display, Profile profile, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(QList<PaymentOverviewRow> rows);
    const PaymentOverviewRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &key) const; // -1 when absent

    static QString statusName(PaymentRowStatus status);
    // "Card VISA •••• 4242", "Cash", "At the counter".
    static QString methodText(const PaymentOverviewRow &row);
    // The row in one or two sentences, for the line under the list and screen readers.
    QString describe(const PaymentOverviewRow &row) const;

private:
    QVariant display(const PaymentOverviewRow &row, int column) const;

    DisplayContext m_display;
    Profile m_profile;
    QList<PaymentOverviewRow> m_rows;
};
