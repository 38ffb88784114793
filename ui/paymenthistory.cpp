#include "paymenthistory.h"

#include "api/session.h"

#include <QHeaderView>

#include <algorithm>

namespace {

QString methodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card: return PaymentHistory::tr("Card");
    case PaymentMethod::Cash: return PaymentHistory::tr("Cash");
    case PaymentMethod::PayAtCounter: return PaymentHistory::tr("At the counter");
    }
    return {};
}

QString statusName(PaymentRecordStatus status)
{
    switch (status) {
    case PaymentRecordStatus::Approved: return PaymentHistory::tr("Approved");
    case PaymentRecordStatus::Declined: return PaymentHistory::tr("Declined");
    case PaymentRecordStatus::Refunded: return PaymentHistory::tr("Refunded");
    }
    return {};
}

} // namespace

PaymentHistory::PaymentHistory(Session &session, const UiContext &context, const QUuid &reservationId,
                               QWidget *parent)
    : QTreeWidget(parent), m_session(session), m_context(context), m_reservationId(reservationId)
{
    setObjectName(QStringLiteral("payments"));
    setAccessibleName(tr("Earlier payments"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Time"), tr("Amount"), tr("Method"), tr("Status"), tr("Card")});
    header()->setStretchLastSection(true);
    connect(&session.backend().executor(), &CommandExecutor::changed, this, [this](const ChangeSet &changes) {
        if (changes.reservations.contains(m_reservationId) || !changes.payments.isEmpty())
            reload();
    });
    reload();
}

void PaymentHistory::reload()
{
    const quint64 generation = ++m_generation;
    m_session.payments(m_reservationId).then(this, [this, generation](const Result<QList<Payment>> &loaded) {
        if (generation != m_generation)
            return;
        clear();
        if (!loaded) {
            auto *item = new QTreeWidgetItem(this, {loaded.error().message});
            item->setFirstColumnSpanned(true);
            return;
        }
        QList<Payment> payments = loaded.value();
        std::sort(payments.begin(), payments.end(),
                  [](const Payment &a, const Payment &b) { return a.createdAt > b.createdAt; });
        for (const Payment &p : std::as_const(payments)) {
            const QString card = p.cardLast4.isEmpty() ? QString()
                                                       : tr("%1 •••• %2").arg(p.cardBrand, p.cardLast4);
            auto *item = new QTreeWidgetItem(this, {m_context.display.dateTime(p.createdAt),
                                                    m_context.display.money(p.amount), methodName(p.method),
                                                    statusName(p.status), card});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (!p.declineReason.isEmpty())
                item->setToolTip(3, p.declineReason);
        }
        for (int column = 0; column < columnCount() - 1; ++column)
            resizeColumnToContents(column);
    });
}
