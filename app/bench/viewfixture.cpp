#include "viewfixture.h"

#include "uistyle.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QThread>
#include <QTimer>

namespace {
constexpr int TimeoutMs = 60'000;

double millis(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The table set up as BookingsPage sets up its own (the shared list look from uistyle plus
// the page's columns), so that the view's work on the GUI thread is the page's.
void setUpLikeBookingsPage(QTableView &view)
{
    uistyle::setUpListTable(&view);
    view.horizontalHeader()->setStretchLastSection(true);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.horizontalHeader()->setSortIndicator(BookingListModel::PeriodColumn, Qt::DescendingOrder);
    const QList<int> widths{260, 200, 160, 70, 110, 100, 100};
    for (int column = 0; column < widths.size(); ++column)
        view.horizontalHeader()->resizeSection(column, widths.at(column));
    view.setSortingEnabled(true); // header clicks reach BookingListModel::sort (SQL)
}
} // namespace

ViewFixture::ViewFixture(const Dataset &dataset) : m_dataset(dataset), m_clock(dataset.now) {}

ViewFixture::~ViewFixture()
{
    m_view.reset(); // before the model it shows
    m_model.reset();
}

Result<void> ViewFixture::open()
{
    // As the desktop app wires it: its workers yield to the GUI thread.
    m_backend = std::make_unique<Backend>(DatabaseOptions{m_dataset.path, DatabaseOptions::Durability::Normal},
                                          ShopSettings{}, m_clock, m_gateway, WorkerPriority::BelowInteractive);
    auto opened = m_backend->open();
    opened.waitForFinished();
    if (const Result<int> version = opened.result(); !version)
        return version.error();
    m_session = std::make_unique<Session>(
        *m_backend, User{QUuid::createUuid(), QStringLiteral("bench"), QStringLiteral("Bench"), Role::Manager, {}, 0});
    // A signed-in app has used its readers before the list opens: open both connections.
    QList<QFuture<Result<qint64>>> warm;
    for (int i = 0; i < 2; ++i) {
        warm << m_session->read<qint64>(Action::ViewAllBookings, [](const QSqlDatabase &db) -> Result<qint64> {
            QThread::msleep(20); // keeps this thread busy so that the other read takes the other one
            return bookingqueries::count(db);
        });
    }
    for (auto &future : warm)
        future.waitForFinished();
    return {};
}

Result<double> ViewFixture::showList()
{
    QElapsedTimer timer;
    timer.start();
    m_view = std::make_unique<QTableView>();
    m_view->resize(1200, 800);
    m_model = std::make_unique<BookingListModel>(*m_session, DisplayContext{QLocale::c(), QTimeZone::utc()}, Profile::Car);
    m_view->setModel(m_model.get());
    setUpLikeBookingsPage(*m_view);
    QObject::connect(m_model.get(), &BookingListModel::firstPageShown, m_view.get(), [this]() {
        m_view->viewport()->repaint(); // painted now, inside the measurement
        ++m_firstPages;
    });
    QObject::connect(m_model.get(), &BookingListModel::allRowsCounted, m_view.get(), [this]() { ++m_counted; });
    QObject::connect(m_model.get(), &BookingListModel::loadFailed, m_view.get(),
                     [this](const QString &message) { m_failure = message; });
    m_counted = 0;
    m_view->show();
    const int before = m_firstPages;
    RD_TRY(spinUntil([this, before]() { return m_firstPages > before; }));
    return millis(timer);
}

Result<double> ViewFixture::timeFirstPage(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    const int before = m_firstPages;
    m_counted = 0;
    action();
    RD_TRY(spinUntil([this, before]() { return m_firstPages > before; }));
    return millis(timer);
}

Result<void> ViewFixture::waitCounted()
{
    return spinUntil([this]() { return m_counted > 0; });
}

Result<void> ViewFixture::scrollToRow(int row)
{
    const QModelIndex target = m_model->index(row, 0);
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    m_view->viewport()->repaint(); // the paint asks for the rows on screen
    return spinUntil([target]() { return target.data(BookingListModel::LoadedRole).toBool(); });
}

Result<void> ViewFixture::spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (!m_failure.isEmpty())
            return Error{QStringLiteral("load_failed"), m_failure};
        if (timer.elapsed() > TimeoutMs)
            return Error{QStringLiteral("timeout"), QStringLiteral("the list did not answer within a minute")};
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return {};
}
