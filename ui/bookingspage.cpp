#include "bookingspage.h"

#include "api/session.h"
#include "bookingdetailpane.h"
#include "bookingexportbutton.h"
#include "bookingfilterbar.h"
#include "bookinglistmodel.h"
#include "uistyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// How far from the top and around the visible rows the page looks for the followed booking
// after a reload; the model holds only a window of rows anyway.
constexpr int FollowScanRows = 500;
} // namespace

BookingsPage::BookingsPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new BookingListModel(session, context.display, context.profile, this)), m_filters(new BookingFilterBar(context, this)),
      m_table(new QTableView(this)), m_detail(new BookingDetailPane(session, context, this)), m_count(new QLabel(this)),
      m_error(new QLabel(this)), m_export(new BookingExportButton(session, *m_model, context.display, this)),
      m_exportNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("bookingsPage"));
    setAccessibleName(tr("Bookings"));
    m_filters->setObjectName(QStringLiteral("bookingFilters"));

    m_table->setObjectName(QStringLiteral("bookingsTable"));
    m_table->setAccessibleName(tr("Bookings"));
    m_table->setModel(m_model);
    uistyle::setUpListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicator(BookingListModel::PeriodColumn, Qt::DescendingOrder);
    const QList<int> widths{260, 200, 160, 70, 110, 100, 100};
    for (int column = 0; column < widths.size(); ++column)
        m_table->horizontalHeader()->resizeSection(column, widths.at(column));
    m_table->setSortingEnabled(true); // header clicks reach BookingListModel::sort (SQL)

    m_count->setObjectName(QStringLiteral("bookingsCount"));
    m_count->setAccessibleName(tr("Number of bookings"));
    m_count->setText(tr("Counting…"));
    m_error->setObjectName(QStringLiteral("bookingsError"));
    m_error->setAccessibleName(tr("Loading error"));
    m_error->setStyleSheet(uistyle::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("bookingsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 400}); // the list first; scaled to the real width when shown
    splitter->setChildrenCollapsible(false);

    m_exportNotice->setObjectName(QStringLiteral("exportNotice"));
    m_exportNotice->setAccessibleName(tr("Export result"));
    m_exportNotice->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_exportNotice, 1, Qt::AlignRight);
    bottom->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filters, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_export);

    new QShortcut(QKeySequence::Find, this, m_filters, &BookingFilterBar::focusSearch, Qt::WidgetWithChildrenShortcut);
    connect(m_filters, &BookingFilterBar::filterChanged, this, &BookingsPage::onFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    // Enter (and a double click) on a row: straight to what can be done with the booking.
    connect(m_table, &QTableView::activated, this, [this] { m_detail->focusFirstAction(); });
    connect(m_model, &BookingListModel::firstPageShown, this, [this] {
        m_error->hide();
        followShownBooking();
    });
    connect(m_model, &BookingListModel::allRowsCounted, this, &BookingsPage::showCount);
    connect(m_model, &BookingListModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        m_count->clear();
    });
    connect(m_export, &BookingExportButton::finished, this, [this](bool succeeded, const QString &message) {
        m_exportNotice->setStyleSheet(succeeded ? QString() : uistyle::errorStyleSheet());
        m_exportNotice->setText(message);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BookingsPage::followShownBooking);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsPage::followShownBooking);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BookingsPage::followShownBooking);
    // The model loads itself and follows every change made through the services; the pane
    // follows its booking.
}

BookingsPage::~BookingsPage() = default;

void BookingsPage::onFilterChanged(const BookingFilter &filter)
{
    m_followed = QUuid();
    m_detail->clear();
    m_count->setText(tr("Counting…"));
    m_model->setFilter(filter);
    // The dispatcher works through the queue from the next pickup on.
    if (m_filters->showsDispatchQueue())
        m_table->sortByColumn(BookingListModel::PeriodColumn, Qt::AscendingOrder);
}

void BookingsPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    m_followed = QUuid(); // until the row's page is there, follow the row
    showCurrent();
}

void BookingsPage::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (const std::optional<BookingRow> row = m_model->rowAt(current.row())) {
        m_followed = row->reservation.id;
        m_detail->showBooking(*row);
    }
}

void BookingsPage::followShownBooking()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_followed.isNull()) {
        showCurrent();
        return;
    }
    if (current.isValid()) {
        const std::optional<BookingRow> row = m_model->rowAt(current.row());
        if (!row)
            return; // its page is on the way
        if (row->reservation.id == m_followed) {
            m_detail->showBooking(*row);
            return;
        }
    }
    // The list was reloaded and the booking moved (or left the filter): find it again among
    // the rows loaded near the top and around the view; the pane keeps showing it anyway.
    const int rows = m_model->rowCount();
    const int firstVisible = std::max(0, m_table->rowAt(0));
    QList<std::pair<int, int>> ranges{{0, std::min(rows, FollowScanRows)},
                                      {std::max(0, firstVisible - FollowScanRows), std::min(rows, firstVisible + FollowScanRows)}};
    const QScopedValueRollback syncing(m_syncing, true);
    for (const auto &[from, to] : ranges) {
        for (int r = from; r < to; ++r) {
            const std::optional<BookingRow> row = m_model->rowAt(r);
            if (row && row->reservation.id == m_followed) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(r, 0), QItemSelectionModel::ClearAndSelect
                                                                                     | QItemSelectionModel::Rows);
                m_detail->showBooking(*row);
                return;
            }
        }
    }
    if (current.isValid())
        m_table->selectionModel()->clear();
}

void BookingsPage::showCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(rows == 1 ? tr("1 booking") : tr("%1 bookings").arg(m_context.display.locale.toString(rows)));
}
