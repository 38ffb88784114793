#include "bookpage.h"

#include "api/session.h"
#include "availabilitymodel.h"
#include "bookingconfirmation.h"
#include "bookingdetailsform.h"
#include "customerpicker.h"
#include "periodpicker.h"
#include "uistyle.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Several changes in a row (a sync batch, a policy after a payment) cause one new search.
constexpr int RefreshDelayMs = 100;
constexpr int MaxQuantity = 10'000;

} // namespace

BookPage::BookPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context),
      m_model(new AvailabilityModel(context.display, context.profile, this))
{
    setObjectName(QStringLiteral("bookPage"));
    auto *title = new QLabel(tr("Book: %1").arg(profiles::resourcesNoun(context.profile)), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("availability"));
    m_results->setAccessibleName(tr("Free %1").arg(profiles::resourcesNoun(context.profile)));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(AvailabilityModel::NameColumn, QHeaderView::Stretch);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 10);
    if (context.profile == Profile::Exhibition) // a session's name, date, time and hall wrap
        uistyle::setRowLines(m_results, 2);
    m_results->installEventFilter(this);
    m_resultsStatus = new QLabel(tr("Choose when and press Search."), this);
    m_resultsStatus->setObjectName(QStringLiteral("availabilityStatus"));
    m_resultsStatus->setWordWrap(true);

    m_hold = new QPushButton(tr("Hold boo&king"), this);
    m_hold->setObjectName(QStringLiteral("hold"));
    m_hold->setAccessibleName(tr("Hold booking"));
    m_holdError = uistyle::makeErrorLabel(this, QStringLiteral("holdError"));
    uistyle::reserveLines(m_holdError, 2); // beside the button: the list above keeps its size
    m_confirmation = new BookingConfirmation(session, context, this);
    m_details = new BookingDetailsForm(context.profile, this);

    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_hold);
    holdRow->addWidget(m_holdError, 1);
    holdRow->addStretch(1); // keeps the button its own size while no error is shown

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(buildCriteria());
    layout->addWidget(m_resultsStatus);
    layout->addWidget(m_results, 1);
    layout->addWidget(buildCustomer());
    layout->addWidget(m_details);
    layout->addLayout(holdRow);
    layout->addWidget(m_confirmation);

    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BookPage::updateHoldButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookPage::updateHoldButton);
    connect(m_hold, &QPushButton::clicked, this, &BookPage::holdSelected);
    connect(&session.backend().executor(), &CommandExecutor::changed, this, &BookPage::onChanged);

    setTabOrder(m_period->lastField(), m_quantity);
    setTabOrder(m_quantity, m_find);
    setTabOrder(m_find, m_results);
    QWidget *beforeDetails = m_results;
    if (m_picker) {
        setTabOrder(m_results, m_picker->firstField());
        beforeDetails = m_picker->lastField();
    }
    if (m_details->isNeeded()) {
        setTabOrder(beforeDetails, m_details->firstField());
        setTabOrder(m_details->firstField(), m_details->lastField());
        setTabOrder(m_details->lastField(), m_hold);
    } else {
        setTabOrder(beforeDetails, m_hold);
    }
    updateHoldButton();
}

BookPage::~BookPage() = default;

QWidget *BookPage::buildCriteria()
{
    auto *box = new QGroupBox(tr("When and how many"), this);
    m_period = new PeriodPicker(m_context, box);
    m_quantity = new QSpinBox(box);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setAccessibleName(profiles::unitNoun(m_context.profile));
    m_quantity->setRange(1, MaxQuantity);
    m_quantity->installEventFilter(this);
    auto *quantityLabel = new QLabel(tr("&Quantity (%1)").arg(profiles::unitNoun(m_context.profile).toLower()), box);
    quantityLabel->setBuddy(m_quantity);
    m_find = new QPushButton(tr("Sea&rch"), box);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setAccessibleName(tr("Find free %1").arg(profiles::resourcesNoun(m_context.profile)));

    auto *quantityColumn = new QVBoxLayout;
    quantityColumn->addWidget(quantityLabel);
    quantityColumn->addWidget(m_quantity);
    quantityColumn->addStretch();
    auto *findColumn = new QVBoxLayout;
    findColumn->addStretch();
    findColumn->addWidget(m_find);
    findColumn->addStretch();
    auto *row = new QHBoxLayout(box);
    row->addWidget(m_period, 1);
    row->addLayout(quantityColumn);
    row->addLayout(findColumn);

    connect(m_period, &PeriodPicker::submitted, this, &BookPage::find);
    connect(m_period, &PeriodPicker::changed, this, &BookPage::criteriaChanged);
    connect(m_quantity, &QSpinBox::valueChanged, this, &BookPage::criteriaChanged);
    connect(m_find, &QPushButton::clicked, this, &BookPage::find);
    return box;
}

QWidget *BookPage::buildCustomer()
{
    auto *box = new QGroupBox(tr("For whom"), this);
    auto *layout = new QVBoxLayout(box);
    if (m_session.can(Action::BookForOthers)) {
        m_picker = new CustomerPicker(m_session, box);
        layout->addWidget(m_picker);
        connect(m_picker, &CustomerPicker::customerChanged, this, &BookPage::updateHoldButton);
        return box;
    }
    m_self = new QLabel(box);
    m_self->setObjectName(QStringLiteral("bookingFor"));
    m_self->setTextFormat(Qt::PlainText);
    layout->addWidget(m_self);
    if (!m_session.can(Action::BookOwn)) {
        m_self->setText(tr("This account cannot make bookings."));
        return box;
    }
    m_self->setText(tr("Booking for you."));
    m_session.findCustomer(m_session.user().customerId)
        .then(this, [this](const Result<std::optional<Customer>> &found) {
            if (found && found->has_value())
                m_self->setText(tr("Booking for: %1").arg(found->value().data.name));
        });
    return box;
}

void BookPage::find()
{
    m_holdError->hide();
    const auto period = m_period->period();
    if (!period) {
        // Explained next to the dates; nothing is asked of the services.
        ++m_searchGeneration;
        m_searched.reset();
        m_model->clear();
        m_resultsStatus->setText(tr("Correct the dates first."));
        m_period->showError(period.error().message);
        m_period->firstField()->setFocus();
        updateHoldButton();
        return;
    }
    m_period->clearError();
    runSearch(Search{period.value(), m_quantity->value()});
}

void BookPage::runSearch(const Search &search)
{
    m_searched = search;
    const quint64 generation = ++m_searchGeneration;
    if (m_model->rowCount() == 0)
        m_resultsStatus->setText(tr("Searching…"));
    m_session.availability(search.period, search.quantity, m_context.profile)
        .then(this, [this, generation, search](const Result<QList<Availability>> &found) {
            if (generation != m_searchGeneration)
                return;
            const QModelIndex current = m_results->currentIndex();
            const QUuid selected = current.isValid() ? m_model->rowAt(current.row()).resourceId : QUuid();
            if (!found) {
                m_model->clear();
                m_resultsStatus->setText(found.error().message);
                return;
            }
            m_model->setRows(found.value());
            const QString when = m_context.display.period(search.period);
            if (found->isEmpty()) {
                m_resultsStatus->setText(tr("Nothing is free for %1 (%2 × %3). Try other dates or fewer.")
                                             .arg(when)
                                             .arg(search.quantity)
                                             .arg(profiles::unitNoun(m_context.profile)));
                return;
            }
            m_resultsStatus->setText(tr("%n free for %1.", nullptr, int(found->size())).arg(when));
            // The first search offers the first row; later ones keep what was chosen, or,
            // when it is no longer free, choose nothing: the next hold must not go to another.
            const int row = selected.isNull() ? 0 : m_model->rowOf(selected);
            if (row < 0) {
                m_results->selectionModel()->clear();
                updateHoldButton();
                return;
            }
            m_results->setCurrentIndex(m_model->index(row, 0));
            m_results->selectRow(row);
        });
}

void BookPage::criteriaChanged()
{
    // Results answer the search that was run: a different period or quantity needs a new one.
    if (!m_searched && m_model->rowCount() == 0)
        return;
    ++m_searchGeneration;
    m_searched.reset();
    m_model->clear();
    m_resultsStatus->setText(tr("Press Search to see what is free."));
}

void BookPage::onChanged(const ChangeSet &changes)
{
    if (!m_searched || (changes.reservations.isEmpty() && changes.resources.isEmpty()))
        return;
    const quint64 generation = m_searchGeneration;
    QTimer::singleShot(RefreshDelayMs, this, [this, generation]() {
        if (generation == m_searchGeneration && m_searched)
            runSearch(*m_searched);
    });
}

std::optional<QUuid> BookPage::customerId() const
{
    if (m_picker) {
        if (const auto customer = m_picker->customer())
            return customer->id;
        return std::nullopt;
    }
    if (m_session.can(Action::BookOwn) && !m_session.user().customerId.isNull())
        return m_session.user().customerId;
    return std::nullopt;
}

void BookPage::updateHoldButton()
{
    const bool chosen = m_results->currentIndex().isValid();
    m_hold->setEnabled(!m_holding && m_searched && chosen && customerId().has_value());
    if (!m_hold->isEnabled())
        m_hold->setToolTip(!chosen ? tr("Search and choose a %1 first.").arg(profiles::resourceNoun(m_context.profile))
                                   : tr("Choose the customer first."));
    else
        m_hold->setToolTip({});
}

void BookPage::showHoldError(const QString &message)
{
    m_holdError->setText(message);
    m_holdError->show();
}

void BookPage::holdSelected()
{
    const QModelIndex current = m_results->currentIndex();
    const auto customer = customerId();
    if (m_holding || !m_searched || !current.isValid() || !customer)
        return;
    if (!m_details->check())
        return;
    const Availability chosen = m_model->rowAt(current.row());
    // A session's own slot, not the searched day (Availability::period).
    const HoldRequest request{QUuid(),           chosen.resourceId, *customer,
                              m_searched->quantity, chosen.period.start, chosen.period.end,
                              m_details->details()};
    m_holding = true;
    m_holdError->hide();
    updateHoldButton();
    const QString name = AvailabilityModel::label(chosen, m_context.display);
    m_session.hold(request).then(this, [this, name](const Result<Reservation> &held) {
        m_holding = false;
        updateHoldButton();
        if (!held) {
            QString message = held.error().message;
            if (held.error().code == QLatin1StringView("capacity_conflict"))
                message += u' ' + tr("Someone else booked it a moment ago; the list shows what is free now.");
            showHoldError(message);
            if (m_searched)
                runSearch(*m_searched);
            return;
        }
        m_details->clear(); // the next booking is someone else's trip or delivery
        m_confirmation->showBooking(held.value(), name);
        if (auto *pay = m_confirmation->findChild<QPushButton *>(QStringLiteral("payNow")); pay && pay->isVisible())
            pay->setFocus();
    });
}

bool BookPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_quantity) {
                find();
                return true;
            }
            if (watched == m_results && m_hold->isEnabled()) {
                holdSelected();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
