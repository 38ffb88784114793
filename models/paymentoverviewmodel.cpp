#include "paymentoverviewmodel.h"

#include <algorithm>

PaymentOverviewModel::PaymentOverviewModel(DisplayContext display, Profile profile, QObject *parent)
    : QAbstractTableModel(parent), m_display(std::move(display)), m_profile(profile)
{
}

int PaymentOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentOverviewRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case KeyRole: return row.key;
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    // Long details are elided in their cells: the tooltip has them whole.
    case Qt::ToolTipRole: return column == DetailColumn && !row.detail.isEmpty() ? QVariant(row.detail) : QVariant();
    case Qt::EditRole: // raw values, for sorting
        switch (column) {
        case WhenColumn: return row.when;
        case AmountColumn: return row.amount.minor;
        case AttemptsColumn: return row.attempts;
        case NextTryColumn: return row.nextAttemptAt;
        default: return display(row, column);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(row, column);
    default: return {};
    }
}

QVariant PaymentOverviewModel::display(const PaymentOverviewRow &row, int column) const
{
    switch (column) {
    case WhenColumn: return m_display.dateTime(row.when);
    case CustomerColumn: return row.customerName;
    case ResourceColumn: return row.resourceName;
    case AmountColumn: return m_display.money(row.amount);
    case MethodColumn: return methodText(row);
    case StatusColumn: return statusName(row.status);
    case AttemptsColumn: return row.taskId.isNull() ? QString() : QString::number(row.attempts);
    case NextTryColumn: return row.nextAttemptAt > 0 ? m_display.dateTime(row.nextAttemptAt) : QString();
    case DetailColumn: return row.detail;
    default: return {};
    }
}

QVariant PaymentOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case CustomerColumn: return tr("Customer");
    case ResourceColumn: return profiles::resourceNoun(m_profile);
    case AmountColumn: return tr("Amount");
    case MethodColumn: return tr("Paid with");
    case StatusColumn: return tr("Status");
    case AttemptsColumn: return tr("Tries");
    case NextTryColumn: return tr("Next try");
    case DetailColumn: return tr("Reason");
    default: return {};
    }
}

void PaymentOverviewModel::setRows(QList<PaymentOverviewRow> rows)
{
    // Reloads follow every payment change and mostly list the same rows: those are refreshed
    // in place, so the view keeps its selection and scroll position.
    const bool sameRows = std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(), rows.cend(),
                                     [](const PaymentOverviewRow &a, const PaymentOverviewRow &b) { return a.key == b.key; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PaymentOverviewModel::rowOf(const QUuid &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).key == key)
            return row;
    return -1;
}

QString PaymentOverviewModel::statusName(PaymentRowStatus status)
{
    switch (status) {
    case PaymentRowStatus::ChargeInFlight: return tr("Charging the card now");
    case PaymentRowStatus::ChargeWaiting: return tr("Card to be charged");
    case PaymentRowStatus::ChargeChecking: return tr("Checking an unfinished charge");
    case PaymentRowStatus::PayAtCounter: return tr("To pay at the counter");
    case PaymentRowStatus::RefundInFlight: return tr("Refunding now");
    case PaymentRowStatus::RefundWaiting: return tr("Refund to be made");
    case PaymentRowStatus::RefundFailed: return tr("Refund refused");
    case PaymentRowStatus::Declined: return tr("Card declined");
    case PaymentRowStatus::Refunded: return tr("Refunded");
    }
    return {};
}

QString PaymentOverviewModel::methodText(const PaymentOverviewRow &row)
{
    switch (row.method) {
    case PaymentMethod::Card:
        if (row.cardLast4.isEmpty())
            return tr("Card");
        return tr("%1 •••• %2", "card brand, last four digits").arg(row.cardBrand, row.cardLast4);
    case PaymentMethod::Cash: return tr("Cash");
    case PaymentMethod::PayAtCounter: return tr("At the counter");
    }
    return {};
}

QString PaymentOverviewModel::describe(const PaymentOverviewRow &row) const
{
    QStringList who;
    for (const QString &part : {row.customerName, row.resourceName, m_display.money(row.amount), methodText(row)})
        if (!part.isEmpty())
            who << part;
    QStringList sentences{statusName(row.status) + QStringLiteral(": ") + who.join(QStringLiteral(" · "))};
    if (!row.taskId.isNull() && row.attempts > 0)
        sentences << (row.nextAttemptAt > 0
                          ? tr("Tried %n time(s); next try %1.", nullptr, row.attempts).arg(m_display.dateTime(row.nextAttemptAt))
                          : tr("Tried %n time(s).", nullptr, row.attempts));
    if (!row.detail.isEmpty())
        sentences << tr("Reason: %1").arg(row.detail);
    return sentences.join(u'\n');
}
