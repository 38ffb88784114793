#include "paymentspage.h"

#include "api/session.h"
#include "core/changeset.h"
#include "paymentoverviewmodel.h"
#include "paymentstatuslabel.h"
#include "uistyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString viewName(PaymentView view)
{
    switch (view) {
    case PaymentView::Pending: return PaymentsPage::tr("Pending");
    case PaymentView::Deferred: return PaymentsPage::tr("Deferred");
    case PaymentView::Failed: return PaymentsPage::tr("Failed");
    case PaymentView::Refunded: return PaymentsPage::tr("Refunded");
    }
    return {};
}

QString emptyText(PaymentView view)
{
    switch (view) {
    case PaymentView::Pending: return PaymentsPage::tr("No card payment or refund is waiting for the provider.");
    case PaymentView::Deferred: return PaymentsPage::tr("No open booking is waiting for its payment.");
    case PaymentView::Failed: return PaymentsPage::tr("No declined payment or refused refund.");
    case PaymentView::Refunded: return PaymentsPage::tr("Nothing has been refunded.");
    }
    return {};
}

// Columns that say nothing in a list: refunds are done, declined cards are not tried again.
QList<int> hiddenColumns(PaymentView view)
{
    switch (view) {
    case PaymentView::Pending:
    case PaymentView::Deferred: return {};
    case PaymentView::Failed: return {PaymentOverviewModel::NextTryColumn};
    case PaymentView::Refunded:
        return {PaymentOverviewModel::AttemptsColumn, PaymentOverviewModel::NextTryColumn,
                PaymentOverviewModel::DetailColumn};
    }
    return {};
}

bool isRefund(PaymentRowStatus status)
{
    return status == PaymentRowStatus::RefundInFlight || status == PaymentRowStatus::RefundWaiting
           || status == PaymentRowStatus::RefundFailed;
}

} // namespace

PaymentsPage::PaymentsPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context), m_model(new PaymentOverviewModel(context.display, context.profile, this)),
      m_breakerLine(new QHBoxLayout), m_views(new QTabBar(this)), m_count(new QLabel(this)),
      m_loadError(uistyle::makeErrorLabel(this, QStringLiteral("paymentsLoadError"))), m_table(new QTableView(this)),
      m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    setAccessibleName(tr("Payments"));
    auto *title = new QLabel(tr("Payments: pending, deferred, failed and refunded"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_views->setObjectName(QStringLiteral("paymentViews"));
    m_views->setAccessibleName(tr("Which payments to list"));
    m_views->setDrawBase(false);
    m_views->setExpanding(false);
    for (PaymentView view : {PaymentView::Pending, PaymentView::Deferred, PaymentView::Failed, PaymentView::Refunded})
        m_views->addTab(viewName(view));
    m_count->setObjectName(QStringLiteral("paymentsCount"));
    m_count->setText(tr("Loading…"));
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(m_views);
    listHeader->addStretch();
    listHeader->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setAccessibleName(tr("Payments"));
    m_table->setModel(m_model);
    uistyle::setUpListTable(m_table);
    m_table->setTabKeyNavigation(false); // Tab goes on to the actions, not to the next cell
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QList<int> widths{130, 110, 220, 100, 160, 190, 50, 130};
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(m_breakerLine);
    layout->addLayout(listHeader);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildActions());
    setTabOrder(m_views, m_table);
    setTabOrder(m_table, m_retry);
    setTabOrder(m_retry, m_cash);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(RefreshDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &PaymentsPage::reload);
    connect(m_views, &QTabBar::currentChanged, this, [this] {
        m_followed = QUuid();
        m_followedRow = 0;
        m_model->setRows({});
        m_count->setText(tr("Loading…"));
        showSelected();
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_followed = m_model->rowAt(current.row()).key;
            m_followedRow = current.row();
        }
        showSelected();
    });
    // Enter on a row: on to what can be done about it.
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_retry->isEnabled())
            m_retry->setFocus();
        else if (m_cash->isEnabled())
            m_cash->setFocus();
    });
    connect(&session.backend().executor(), &CommandExecutor::changed, this, &PaymentsPage::onChanged);
    new QShortcut(QKeySequence::Refresh, this, this, &PaymentsPage::reload, Qt::WidgetWithChildrenShortcut);
    showSelected();
}

PaymentsPage::~PaymentsPage() = default;

QWidget *PaymentsPage::buildActions()
{
    auto *box = new QWidget(this);
    m_detail = new QLabel(box);
    m_detail->setObjectName(QStringLiteral("paymentDetail"));
    m_detail->setAccessibleName(tr("Selected payment"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_retry = new QPushButton(tr("&Retry now"), box);
    m_retry->setObjectName(QStringLiteral("retryPayment"));
    m_retry->setAccessibleName(tr("Ask the provider again now"));
    m_cash = new QPushButton(tr("&Mark paid in cash…"), box);
    m_cash->setObjectName(QStringLiteral("payInCash"));
    m_cash->setAccessibleName(tr("Mark the booking paid in cash"));
    m_outcome = new QLabel(box);
    m_outcome->setObjectName(QStringLiteral("paymentActionOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    m_actionError = uistyle::makeErrorLabel(box, QStringLiteral("paymentActionError"));
    connect(m_retry, &QPushButton::clicked, this, &PaymentsPage::retrySelected);
    connect(m_cash, &QPushButton::clicked, this, &PaymentsPage::payInCashSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cash);
    buttons->addWidget(m_outcome, 1);
    buttons->addWidget(m_actionError, 1);
    buttons->addStretch(); // keeps the buttons their own size while nothing is said beside them
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    return box;
}

void PaymentsPage::setPaymentBreaker(const CircuitBreaker &breaker)
{
    if (m_breaker)
        return;
    m_breaker = new PaymentStatusLabel(breaker, this);
    // Not the status bar's "paymentStatus": tests and the window look that one up by name.
    m_breaker->setObjectName(QStringLiteral("paymentsBreakerState"));
    m_breaker->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakerLine->addWidget(m_breaker);
    m_breakerLine->addStretch();
}

PaymentView PaymentsPage::view() const
{
    return PaymentView(m_views->currentIndex());
}

void PaymentsPage::showView(PaymentView view)
{
    m_views->setCurrentIndex(int(view));
}

void PaymentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PaymentsPage::onChanged(const ChangeSet &changes)
{
    if (changes.payments.isEmpty() && changes.reservations.isEmpty() && changes.cardTasks.isEmpty())
        return;
    if (isVisible())
        m_reloadTimer->start();
    else
        m_stale = true;
}

void PaymentsPage::reload()
{
    m_stale = false;
    m_reloadTimer->stop();
    // Here rather than when the list is chosen: the window restores remembered column
    // states (hidden ones too) after the page is made.
    const QList<int> hidden = hiddenColumns(view());
    for (int column = 0; column < PaymentOverviewModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, hidden.contains(column));
    const quint64 generation = ++m_loadGeneration;
    m_session.paymentOverview(view(), MaxRows).then(this, [this, generation](const Result<PaymentOverview> &loaded) {
        if (generation != m_loadGeneration)
            return;
        if (!loaded) {
            m_loadError->setText(loaded.error().message);
            m_loadError->show();
            m_count->clear();
            Q_EMIT rowsShown();
            return;
        }
        m_loadError->hide();
        showOverview(loaded.value());
    });
}

void PaymentsPage::showOverview(const PaymentOverview &overview)
{
    if (overview.view != view())
        return; // another list was chosen meanwhile; its own load follows
    m_model->setRows(overview.rows);
    showCounts(overview);
    // The row left the list (paid, settled): the one that took its place.
    int row = m_model->rowOf(m_followed);
    if (row < 0 && m_model->rowCount() > 0)
        row = std::min(m_followedRow, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
    Q_EMIT rowsShown();
}

void PaymentsPage::showCounts(const PaymentOverview &overview)
{
    for (int index = 0; index < PaymentViewCount; ++index) {
        const PaymentView view = PaymentView(index);
        m_views->setTabText(index, tr("%1 (%2)", "list name (how many)")
                                       .arg(viewName(view), m_context.display.locale.toString(overview.count(view))));
    }
    const qint64 total = overview.count(overview.view);
    if (total == 0)
        m_count->setText(emptyText(overview.view));
    else if (total > overview.rows.size())
        m_count->setText(tr("The newest %1 of %2.")
                             .arg(m_context.display.locale.toString(qint64(overview.rows.size())),
                                  m_context.display.locale.toString(total)));
    else
        m_count->setText(tr("%n payment(s).", nullptr, int(total)));
}

std::optional<PaymentOverviewRow> PaymentsPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->rowAt(current.row());
}

void PaymentsPage::showSelected()
{
    const std::optional<PaymentOverviewRow> row = selectedRow();
    m_detail->setText(row ? m_model->describe(*row)
                          : (m_model->rowCount() == 0 ? QString() : tr("Choose a payment in the list.")));
    updateActions();
}

void PaymentsPage::updateActions()
{
    const std::optional<PaymentOverviewRow> row = selectedRow();
    const bool allowed = m_session.can(Action::ManagePayments);
    m_retry->setEnabled(!m_busy && allowed && row && row->canRetry());
    m_cash->setEnabled(!m_busy && allowed && row && row->wantsPayment && m_session.can(Action::TakePayment));
}

void PaymentsPage::showOutcome(const QString &text)
{
    m_actionError->hide();
    m_outcome->setText(text);
    m_outcome->show();
}

void PaymentsPage::showActionError(const QString &text)
{
    m_outcome->hide();
    m_actionError->setText(text);
    m_actionError->show();
}

void PaymentsPage::retrySelected()
{
    const std::optional<PaymentOverviewRow> row = selectedRow();
    if (m_busy || !row || !row->canRetry())
        return;
    m_busy = true;
    updateActions();
    showOutcome(tr("Asking the provider…"));
    const PaymentOverviewRow before = *row;
    m_session.retryCardTask(before.taskId).then(this, [this, before](const Result<std::optional<CardTask>> &retried) {
        m_busy = false;
        updateActions();
        if (!retried) {
            showActionError(retried.error().message);
            Q_EMIT actionAnswered();
            return;
        }
        showRetried(before, retried.value());
    });
}

void PaymentsPage::showRetried(const PaymentOverviewRow &before, const std::optional<CardTask> &after)
{
    if (after) {
        if (after->state == CardTask::State::Failed)
            showActionError(tr("The provider refused the refund again: %1").arg(after->lastError));
        else if (after->attempts > before.attempts)
            showActionError(tr("The provider could not do it now: %1 It is tried again at %2.")
                                .arg(after->lastError, m_context.display.dateTime(after->nextAttemptAt)));
        else
            // A round already under way, or one that stopped at older work the provider left
            // unanswered: the task is due and next in line either way.
            showOutcome(tr("Not tried yet: older card work is ahead of it, or the provider is not answering. "
                           "It is next in line."));
        Q_EMIT actionAnswered();
        return;
    }
    if (isRefund(before.status)) {
        showOutcome(tr("The refund went through."));
        Q_EMIT actionAnswered();
        return;
    }
    // A charge the provider answered: approved or declined, the booking says which.
    m_session.findReservation(before.reservationId)
        .then(this, [this](const Result<std::optional<Reservation>> &found) {
            if (found && found->has_value() && found->value().paymentStatus == PaymentStatus::Approved)
                showOutcome(tr("The card was charged."));
            else if (found && found->has_value() && found->value().paymentStatus == PaymentStatus::Declined)
                showActionError(tr("The card was declined. The booking is still to be paid."));
            else
                showOutcome(tr("The provider has answered."));
            Q_EMIT actionAnswered();
        });
}

void PaymentsPage::payInCashSelected()
{
    const std::optional<PaymentOverviewRow> row = selectedRow();
    if (m_busy || !row || !row->wantsPayment || m_question)
        return;
    const PaymentOverviewRow asked = *row;
    m_question = new QMessageBox(QMessageBox::Question, tr("Paid in cash"),
                                 tr("Did %1 pay %2 in cash for %3?\n\nThe booking is marked paid; a card payment still "
                                    "waiting for it is not charged.")
                                     .arg(asked.customerName, m_context.display.money(asked.amount), asked.resourceName),
                                 QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("cashConfirmation"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = m_question->addButton(tr("&Paid in cash"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmCash"));
    QPushButton *no = m_question->addButton(tr("&Not paid"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelCash"));
    m_question->setDefaultButton(no);
    m_question->setEscapeButton(no);
    connect(m_question, &QMessageBox::finished, this, [this, yes, asked]() {
        const bool confirmed = m_question && m_question->clickedButton() == yes;
        m_question = nullptr;
        if (confirmed)
            payInCash(asked);
        else
            m_cash->setFocus();
    });
    m_question->open();
}

void PaymentsPage::payInCash(const PaymentOverviewRow &row)
{
    m_busy = true;
    updateActions();
    PaymentRequest request;
    request.reservationId = row.reservationId;
    request.method = PaymentMethod::Cash;
    m_session.pay(request).then(this, [this, row](const Result<PaymentOutcome> &paid) {
        m_busy = false;
        updateActions();
        if (!paid)
            showActionError(paid.error().message);
        else if (paid->paymentStatus == PaymentStatus::Approved)
            showOutcome(tr("Marked paid in cash: %1, %2.").arg(row.customerName, m_context.display.money(row.amount)));
        else
            showActionError(paid->reason);
        Q_EMIT actionAnswered();
        m_table->setFocus();
    });
}
