#include "mainwindow.h"

#include "api/backend.h"
#include "bookingtablemodel.h"
#include "resourcetablemodel.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace {
constexpr int NotificationShownMs = 8000;
}

MainWindow::MainWindow(Backend &backend, DisplayContext display, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent),
      m_resources(new ResourceTableModel(backend.inventory(), display, this)),
      m_bookings(new BookingTableModel(backend.reservations(), display, this))
{
    setWindowTitle(tr("RentalDesk"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(makeTable(m_resources, tr("Inventory"), {320, 120, 130, 90, 220}), tr("&Inventory"));
    tabs->addTab(makeTable(m_bookings, tr("Bookings"), {300, 280, 170, 70, 120, 110, 110}), tr("&Bookings"));
    setCentralWidget(tabs);

    auto *database = new QLabel(tr("Database: %1").arg(databasePath), this);
    database->setAccessibleName(tr("Database"));
    statusBar()->addPermanentWidget(database);

    connect(&backend.executor(), &CommandExecutor::changed, this, &MainWindow::onChanged);
    m_resources->reload();
    m_bookings->reload();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 720);
    tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    connect(tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("window/tab"), index); });
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::makeTable(QAbstractItemModel *model, const QString &accessibleName,
                                  const QList<int> &columnWidths)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < columnWidths.size(); ++column)
        view->horizontalHeader()->resizeSection(column, columnWidths.at(column));
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

void MainWindow::onChanged(const ChangeSet &changes)
{
    if (!changes.resources.isEmpty())
        m_resources->reload();
    if (!changes.reservations.isEmpty() || !changes.customers.isEmpty() || !changes.resources.isEmpty())
        m_bookings->reload();
}

void MainWindow::showNotification(const QString &text)
{
    statusBar()->showMessage(text, NotificationShownMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Saving the geometry touches a small settings file on close only, never per frame.
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}
