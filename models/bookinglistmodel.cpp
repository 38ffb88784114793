#include "bookinglistmodel.h"

#include "api/session.h"
#include "core/changeset.h"
#include "domain/lifecycle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int DefaultPageSize = 100;
constexpr int DefaultMaxPages = 40;  // 4,000 rows in memory, whatever the length of the list
constexpr int MaxPagesInFlight = 4;  // more would only queue behind each other on the readers
constexpr int ScreenRows = 200;      // more rows than any screen shows at once
// Reloads caused by changes start at least this long after the previous load finished, and
// never sooner than that load took: during an import (a commit every few milliseconds) the
// readers then spend at most about half their time on the list, which leaves the GUI thread
// a core on a small machine, and the list still follows within about a second.
constexpr qint64 MinReloadSpacingMs = 250;

// Runs `apply` from the event loop, never inside the call that asked: a future that is
// already finished (a refused read) would otherwise run it from data() or a view's slot.
template<typename T, typename Apply>
void deliver(QObject *context, QFuture<T> future, Apply apply)
{
    future.then(context, [context, apply = std::move(apply)](const T &value) {
        QMetaObject::invokeMethod(context, [apply, value]() { apply(value); }, Qt::QueuedConnection);
    });
}

} // namespace

struct BookingListModel::Page
{
    QList<BookingRow> rows; // aligned with the keys of the page; key 0 = the row is gone
    quint64 lastUse = 0;
    bool stale = false;     // from before a reload: shown until its fresh copy arrives
    quint64 lastShown = 0;  // the use clock when a view last displayed it (0: never)
};

struct BookingListModel::State
{
    State(Session &s, DisplayContext d) : session(s), display(std::move(d)) {}

    Session &session;
    DisplayContext display;
    BookingFilter filter;
    BookingOrder order;
    int pageSize = DefaultPageSize;
    int maxPages = DefaultMaxPages;

    quint64 generation = 0;
    bool loading = false;       // a first page or key list is on its way
    bool reloadPending = false; // a change arrived while loading
    QTimer reloadTimer;         // a change-driven reload waiting for its turn
    QElapsedTimer loadClock;    // since the current load started
    QElapsedTimer sinceLoaded;  // since the last load finished; invalid before the first
    qint64 lastLoadMs = 0;      // how long the last load took
    bool counted = false;       // `keys` holds every matching row
    QList<qint64> keys;         // rowids in display order; before counting, the first page's
    QHash<int, Page> pages;
    mutable quint64 useClock = 0;
    mutable QSet<int> inFlight;
    mutable QList<int> wanted; // pages asked for, most recent last
    mutable bool flushScheduled = false;
    QString lastError;
    QString lastErrorCode;
};

BookingListModel::BookingListModel(Session &session, DisplayContext display, Profile profile, QObject *parent)
    : QAbstractTableModel(parent), m(std::make_unique<State>(session, std::move(display))), m_profile(profile)
{
    connect(&session.backend().executor(), &CommandExecutor::changed, this,
            [this](const ChangeSet &changes) { onChanged(changes); });
    m->reloadTimer.setSingleShot(true);
    connect(&m->reloadTimer, &QTimer::timeout, this, [this]() { reload(); });
    start(false);
}

BookingListModel::~BookingListModel() = default;

int BookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m->keys.size());
}

int BookingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BookingRow *BookingListModel::loadedRow(int row, bool request) const
{
    if (row < 0 || row >= m->keys.size())
        return nullptr;
    const int page = row / m->pageSize;
    auto found = m->pages.find(page);
    if (found == m->pages.end()) {
        if (request)
            requestPage(page);
        return nullptr;
    }
    found->lastUse = ++m->useClock;
    if (request)
        found->lastShown = found->lastUse;
    if (found->stale && request)
        requestPage(page);
    const int offset = row % m->pageSize;
    if (offset >= found->rows.size() || found->rows.at(offset).key == 0)
        return nullptr;
    return &found->rows.at(offset);
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool numeric = index.column() == QuantityColumn || index.column() == AmountColumn;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != ReservationIdRole && role != LoadedRole)
        return {};
    const BookingRow *row = loadedRow(index.row(), role == Qt::DisplayRole);
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return {};
    const Reservation &r = row->reservation;
    if (role == ReservationIdRole)
        return r.id;
    switch (Column(index.column())) {
    case PeriodColumn: return m->display.period(r.period);
    case ResourceColumn: return row->resourceName;
    case CustomerColumn: return row->customerName;
    case QuantityColumn: return r.quantity;
    case AmountColumn: return m->display.money(r.amount);
    case StatusColumn: return lifecycle::displayName(r.status, row->profile);
    case PaymentColumn: return lifecycle::displayName(r.paymentStatus);
    case ColumnCount: break;
    }
    return {};
}

QVariant BookingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PeriodColumn: return tr("Period");
    case ResourceColumn: return profiles::resourceNoun(m_profile);
    case CustomerColumn: return tr("Customer");
    case QuantityColumn: return tr("Quantity");
    case AmountColumn: return tr("Amount");
    case StatusColumn: return tr("Status");
    case PaymentColumn: return tr("Payment");
    case ColumnCount: break;
    }
    return {};
}

void BookingListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const BookingOrder wanted{BookingColumn(column), order == Qt::DescendingOrder};
    if (wanted == m->order)
        return;
    m->order = wanted;
    start(false);
}

void BookingListModel::setFilter(const BookingFilter &filter)
{
    if (filter == m->filter)
        return;
    m->filter = filter;
    start(false);
}

const BookingFilter &BookingListModel::filter() const
{
    return m->filter;
}

BookingOrder BookingListModel::order() const
{
    return m->order;
}

void BookingListModel::reload()
{
    start(m->counted);
}

std::optional<BookingRow> BookingListModel::rowAt(int row) const
{
    if (const BookingRow *found = loadedRow(row, false))
        return *found;
    return std::nullopt;
}

QString BookingListModel::lastError() const
{
    return m->lastError;
}

QString BookingListModel::lastErrorCode() const
{
    return m->lastErrorCode;
}

void BookingListModel::setPaging(int pageSize, int maxPages)
{
    m->pageSize = std::max(1, pageSize);
    m->maxPages = std::max(2, maxPages);
    start(false);
}

int BookingListModel::pageSize() const
{
    return m->pageSize;
}

int BookingListModel::loadedPageCount() const
{
    return int(m->pages.size());
}

// A new generation: answers to older ones are dropped when they arrive. What is shown stays
// until the new first page is there, so the view never blinks empty.
void BookingListModel::start(bool keepRows)
{
    const quint64 generation = ++m->generation;
    m->loading = true;
    m->reloadPending = false;
    m->reloadTimer.stop(); // this load shows every change so far
    m->loadClock.start();
    m->inFlight.clear();
    m->wanted.clear();
    const BookingFilter filter = m->filter;
    const BookingOrder order = m->order;
    const int limit = m->pageSize;
    auto future = m->session.read<QList<BookingRow>>(
        Action::ViewAllBookings, [filter, order, limit](const QSqlDatabase &db) {
            return bookinglistquery::firstPage(db, filter, order, limit);
        });
    deliver(this, future, [this, generation, keepRows](const Result<QList<BookingRow>> &rows) {
        if (generation != m->generation)
            return;
        if (!rows)
            return fail(rows.error());
        showFirstPage(rows.value(), keepRows);
    });
}

void BookingListModel::showFirstPage(const QList<BookingRow> &rows, bool keepRows)
{
    m->lastError.clear();
    m->lastErrorCode.clear();
    QList<qint64> firstKeys;
    for (const BookingRow &row : rows)
        firstKeys.append(row.key);
    const bool complete = rows.size() < m->pageSize; // the whole list fits on one page
    Page first{rows, ++m->useClock, false, 0};

    if (keepRows && !complete && m->keys.size() >= rows.size()) {
        // A reload of a long list: refresh the top now, the rest when the keys are in.
        m->pages.insert(0, first);
        for (auto it = m->pages.begin(); it != m->pages.end(); ++it)
            it->stale = it.key() != 0;
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
    } else if (firstKeys.size() == m->keys.size() && !m->keys.isEmpty()) {
        m->keys = firstKeys;
        m->pages.clear();
        m->pages.insert(0, first);
        m->counted = false;
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m->keys = firstKeys;
        m->pages.clear();
        m->pages.insert(0, first);
        m->counted = false;
        endResetModel();
    }
    Q_EMIT firstPageShown();

    if (complete) {
        m->keys = firstKeys;
        m->counted = true;
        finishLoad();
        Q_EMIT allRowsCounted();
        return;
    }
    const quint64 generation = m->generation;
    const BookingFilter filter = m->filter;
    const BookingOrder order = m->order;
    auto future = m->session.read<QList<qint64>>(Action::ViewAllBookings, [filter, order](const QSqlDatabase &db) {
        return bookinglistquery::keys(db, filter, order);
    });
    deliver(this, future, [this, generation](const Result<QList<qint64>> &keys) {
        if (generation != m->generation)
            return;
        if (!keys)
            return fail(keys.error());
        showKeys(keys.value());
    });
}

void BookingListModel::showKeys(const QList<qint64> &keys)
{
    // Pages hold rows by position: any page whose keys moved is only good until refreshed.
    for (auto it = m->pages.begin(); it != m->pages.end(); ++it) {
        const qsizetype from = qsizetype(it.key()) * m->pageSize;
        for (qsizetype i = 0; i < it->rows.size() && !it->stale; ++i) {
            if (from + i >= keys.size() || keys.at(from + i) != it->rows.at(i).key)
                it->stale = true;
        }
    }
    // No dataChanged for the stale pages: they show what they showed until their fresh copy
    // arrives (showPage says so then). Telling a view now would only repaint the same rows,
    // and at a million rows during an import every repaint is GUI time.
    const qsizetype shown = m->keys.size();
    if (keys.size() == shown) {
        m->keys = keys;
    } else if (!m->counted && keys.size() > shown && std::equal(m->keys.cbegin(), m->keys.cend(), keys.cbegin())) {
        // The usual case: the first page is shown and the rest of the list joins it.
        beginInsertRows({}, int(shown), int(keys.size()) - 1);
        m->keys = keys;
        endInsertRows();
    } else if (m->counted && keys.size() > shown) {
        // A reload found more rows: grow at the end rather than reset, so the view keeps its
        // place and selection; the pages that moved are stale and refresh below.
        beginInsertRows({}, int(shown), int(keys.size()) - 1);
        m->keys = keys;
        endInsertRows();
    } else if (m->counted && keys.size() < shown) {
        beginRemoveRows({}, int(keys.size()), int(shown) - 1);
        m->keys = keys;
        for (auto it = m->pages.begin(); it != m->pages.end();) // pages past the end are gone
            it = qsizetype(it.key()) * m->pageSize >= keys.size() ? m->pages.erase(it) : std::next(it);
        endRemoveRows();
    } else {
        beginResetModel();
        m->keys = keys;
        endResetModel();
    }
    m->counted = true;
    refreshShownPages();
    finishLoad();
    Q_EMIT allRowsCounted();
}

// The pages a view displayed last are the ones on screen: when stale they load now, as many
// as a screen can show; any other stale page loads when a view next asks for it.
void BookingListModel::refreshShownPages()
{
    QList<std::pair<quint64, int>> shown; // last shown, page
    for (auto it = m->pages.cbegin(); it != m->pages.cend(); ++it) {
        if (it->lastShown > 0)
            shown.append({it->lastShown, it.key()});
    }
    std::sort(shown.begin(), shown.end());
    const qsizetype onScreen = ScreenRows / m->pageSize + 2; // a screen's rows can straddle pages
    for (qsizetype i = std::max<qsizetype>(0, shown.size() - onScreen); i < shown.size(); ++i) {
        if (m->pages.value(shown.at(i).second).stale)
            requestPage(shown.at(i).second); // the most recent last: it loads first
    }
}

// Called from data(): only notes the page; the loads start from the event loop.
void BookingListModel::requestPage(int page) const
{
    if (!m->counted || m->inFlight.contains(page))
        return;
    m->wanted.removeOne(page);
    m->wanted.append(page);
    if (m->flushScheduled)
        return;
    m->flushScheduled = true;
    auto *self = const_cast<BookingListModel *>(this); // the model's own state, from its thread
    QMetaObject::invokeMethod(self, [self]() { self->flushRequests(); }, Qt::QueuedConnection);
}

void BookingListModel::flushRequests()
{
    m->flushScheduled = false;
    // Most recently wanted first: after a jump to the end, those are the rows on screen.
    while (!m->wanted.isEmpty() && m->inFlight.size() < MaxPagesInFlight) {
        const int page = m->wanted.takeLast();
        const qsizetype from = qsizetype(page) * m->pageSize;
        if (!m->counted || from >= m->keys.size())
            continue;
        const QList<qint64> keys = m->keys.mid(from, m->pageSize);
        m->inFlight.insert(page);
        const quint64 generation = m->generation;
        auto future = m->session.read<QList<BookingRow>>(Action::ViewAllBookings, [keys](const QSqlDatabase &db) {
            return bookinglistquery::rows(db, keys);
        });
        deliver(this, future, [this, generation, page, keys](const Result<QList<BookingRow>> &rows) {
            if (generation != m->generation)
                return;
            m->inFlight.remove(page);
            if (!rows)
                fail(rows.error());
            else
                showPage(page, keys, rows.value());
            flushRequests();
        });
    }
}

void BookingListModel::showPage(int page, const QList<qint64> &keys, const QList<BookingRow> &rows)
{
    const qsizetype from = qsizetype(page) * m->pageSize;
    if (m->keys.mid(from, m->pageSize) != keys) {
        // The key list came in while this page loaded and moved its rows. Asking again now
        // (by the new keys) matters: a view that painted it meanwhile was told "in flight",
        // and it may not paint again.
        requestPage(page);
        return;
    }
    // rows() skips rows deleted since the keys were read: keep the page aligned with its keys.
    Page loaded{{}, ++m->useClock, false, 0};
    loaded.rows.reserve(keys.size());
    qsizetype next = 0;
    for (const qint64 key : keys) {
        if (next < rows.size() && rows.at(next).key == key)
            loaded.rows.append(rows.at(next++));
        else
            loaded.rows.append(BookingRow{});
    }
    loaded.lastShown = m->pages.value(page).lastShown; // a fresh copy of what a view shows
    m->pages.insert(page, std::move(loaded));
    evict();
    Q_EMIT dataChanged(index(int(from), 0), index(int(from + keys.size()) - 1, ColumnCount - 1));
}

void BookingListModel::evict()
{
    while (m->pages.size() > m->maxPages) {
        auto oldest = std::min_element(m->pages.begin(), m->pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m->pages.erase(oldest);
    }
}

void BookingListModel::fail(const Error &error)
{
    if (m->loading)
        finishLoad();
    m->lastError = error.message;
    m->lastErrorCode = error.code;
    Q_EMIT loadFailed(error.message);
}

void BookingListModel::onChanged(const ChangeSet &changes)
{
    if (changes.reservations.isEmpty() && changes.resources.isEmpty() && changes.customers.isEmpty())
        return;
    // Many changes in a row (a busy counter, an import) cost one reload at a time, not one
    // each, and reloads keep their distance.
    if (m->loading)
        m->reloadPending = true;
    else
        scheduleReload();
}

void BookingListModel::finishLoad()
{
    m->loading = false;
    m->lastLoadMs = m->loadClock.elapsed();
    m->sinceLoaded.start();
    if (m->reloadPending) {
        m->reloadPending = false;
        scheduleReload();
    }
}

// Now when the list has been quiet for a while (one change at a counter shows at once),
// otherwise when its turn comes.
void BookingListModel::scheduleReload()
{
    if (m->reloadTimer.isActive())
        return;
    const qint64 spacing = std::max(MinReloadSpacingMs, m->lastLoadMs);
    const qint64 wait = m->sinceLoaded.isValid() ? spacing - m->sinceLoaded.elapsed() : 0;
    if (wait <= 0)
        reload();
    else
        m->reloadTimer.start(int(wait));
}
