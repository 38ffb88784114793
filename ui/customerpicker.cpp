#include "customerpicker.h"

#include "api/session.h"
#include "customerdialog.h"
#include "customersearchmodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace {
// Long enough that a clerk typing a phone number does not search after every digit.
constexpr int TypingPauseMs = 250;
constexpr int VisibleRows = 6;
} // namespace

CustomerPicker::CustomerPicker(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CustomerSearchModel(session, this)),
      m_search(new QLineEdit(this)), m_new(new QPushButton(tr("&New customer…"), this)),
      m_results(new QTableView(this)), m_status(new QLabel(this)), m_chosen(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("customerPicker"));
    auto *label = new QLabel(tr("C&ustomer"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setAccessibleName(tr("Find customer"));
    m_search->setPlaceholderText(tr("Name or phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_new->setObjectName(QStringLiteral("newCustomer"));
    m_new->setAccessibleName(tr("New customer"));
    m_new->setAutoDefault(false);

    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->setMaximumHeight(m_results->horizontalHeader()->sizeHint().height()
                                + VisibleRows * m_results->verticalHeader()->defaultSectionSize() + 4);
    m_results->installEventFilter(this);
    m_results->hide();

    m_status->setObjectName(QStringLiteral("customerStatus"));
    m_status->setWordWrap(true);
    m_chosen->setObjectName(QStringLiteral("chosenCustomer"));
    m_chosen->setAccessibleName(tr("Booking for"));
    m_chosen->setTextFormat(Qt::PlainText);
    m_chosen->setText(tr("No customer chosen yet."));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_search, 0, 1);
    grid->addWidget(m_new, 0, 2);
    grid->addWidget(m_results, 1, 1, 1, 2);
    grid->addWidget(m_status, 2, 1, 1, 2);
    grid->addWidget(m_chosen, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(TypingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_debounce->start(); });
    connect(m_model, &CustomerSearchModel::searched, this, &CustomerPicker::showResults);
    connect(m_model, &CustomerSearchModel::searchFailed, this, [this](const QString &message) {
        m_status->setText(message);
    });
    connect(m_results, &QTableView::clicked, this, [this](const QModelIndex &index) { pickRow(index.row()); });
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) { pickRow(index.row()); });
    connect(m_new, &QPushButton::clicked, this, &CustomerPicker::openNewCustomer);
    // A customer registered elsewhere (another counter, the dialog) may match the search.
    connect(&session.backend().executor(), &CommandExecutor::changed, this, [this](const ChangeSet &changes) {
        if (!changes.customers.isEmpty() && !m_model->searchText().isEmpty())
            m_model->setSearchText(m_model->searchText());
    });
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_new);
}

void CustomerPicker::pick(const Customer &customer)
{
    m_customer = customer;
    m_chosen->setText(customer.data.phone.isEmpty()
                          ? tr("Booking for: %1").arg(customer.data.name)
                          : tr("Booking for: %1 (%2)").arg(customer.data.name, customer.data.phone));
    Q_EMIT customerChanged(m_customer);
}

void CustomerPicker::clear()
{
    m_debounce->stop();
    m_search->clear();
    m_model->setSearchText({});
    m_customer.reset();
    m_chosen->setText(tr("No customer chosen yet."));
    Q_EMIT customerChanged(m_customer);
}

QWidget *CustomerPicker::firstField() const
{
    return m_search;
}

QWidget *CustomerPicker::lastField() const
{
    return m_new;
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_search) {
        if (key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->selectRow(0);
            return true;
        }
        if (enter) {
            // Enter picks the only match; the search runs at once if typing has not paused.
            if (m_debounce->isActive()) {
                m_debounce->stop();
                search();
            } else if (m_model->rowCount() == 1) {
                pickRow(0);
            }
            return true;
        }
    } else if (watched == m_results && enter) {
        if (m_results->currentIndex().isValid())
            pickRow(m_results->currentIndex().row());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerPicker::search()
{
    m_model->setSearchText(m_search->text());
}

void CustomerPicker::showResults(const QString &text)
{
    const int found = m_model->rowCount();
    m_results->setVisible(found > 0);
    if (text.isEmpty())
        m_status->clear();
    else if (found == 0)
        m_status->setText(tr("No customer matches “%1”. Use New customer… to register them.").arg(text));
    else
        m_status->setText(tr("%n customer(s) found.", nullptr, found));
    if (m_customer)
        if (const int row = m_model->rowOf(m_customer->id); row >= 0)
            m_results->selectRow(row);
}

void CustomerPicker::pickRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_results->selectRow(row);
    pick(m_model->rowAt(row));
}

void CustomerPicker::openNewCustomer()
{
    auto *dialog = new CustomerDialog(m_session, this);
    dialog->prefill(m_search->text());
    connect(dialog, &CustomerDialog::created, this, [this](const Customer &customer) {
        m_debounce->stop();
        m_search->setText(customer.data.name);
        m_debounce->stop();
        m_model->setSearchText(customer.data.name);
        pick(customer);
    });
    dialog->open();
}
