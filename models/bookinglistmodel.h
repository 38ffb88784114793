#pragma once

#include "displaycontext.h"
#include "domain/profile.h"
#include "queries/bookinglistquery.h"

#include <QAbstractTableModel>

class Session;
struct ChangeSet;
struct Error;

// Every reservation for staff, as a table that stays fast at a million rows: the filter and
// the sort run in SQL on a reader thread; the model first shows the first page, then learns
// the keys of all matching rows (8 bytes each) and loads the rows of a page only when a view
// asks for them, keeping a bounded number of pages in memory. Rows not loaded yet show as
// empty until their page arrives. Nothing here runs SQL on the GUI thread.
class BookingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, ResourceColumn, CustomerColumn, QuantityColumn, AmountColumn, StatusColumn,
                  PaymentColumn, ColumnCount };
    enum DataRole { ReservationIdRole = Qt::UserRole + 1, LoadedRole };

    // `profile`: the business, whose noun heads the resource column ("Car", "Session", …).
    BookingListModel(Session &session, DisplayContext display, Profile profile, QObject *parent = nullptr);
    ~BookingListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting runs in SQL: the model reloads in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const BookingFilter &filter);
    const BookingFilter &filter() const;
    BookingOrder order() const;
    // Loads the current filter and order again (after a change), keeping what is shown.
    void reload();

    // The booking shown in `row`, if its page is loaded.
    std::optional<BookingRow> rowAt(int row) const;
    QString lastError() const;
    // The stable code of the last error (e.g. "forbidden"); empty when the last load worked.
    QString lastErrorCode() const;

    // Rows per page and how many pages stay in memory (least recently used ones are dropped).
    // Defaults suit a screen; tests use small values to see paging and eviction. Takes
    // effect at the next load.
    void setPaging(int pageSize, int maxPages);
    int pageSize() const;
    // Pages in memory and page loads under way (for tests and the benchmark).
    int loadedPageCount() const;

Q_SIGNALS:
    // The first page of the current filter and order is shown.
    void firstPageShown();
    // Every matching row is counted (rowCount() is final).
    void allRowsCounted();
    void loadFailed(const QString &message);

private:
    struct Page;
    struct State;

    void start(bool keepRows);
    void showFirstPage(const QList<BookingRow> &rows, bool keepRows);
    void showKeys(const QList<qint64> &keys);
    void requestPage(int page) const;
    void flushRequests();
    void showPage(int page, const QList<qint64> &keys, const QList<BookingRow> &rows);
    void evict();
    void fail(const Error &error);
    void onChanged(const ChangeSet &changes);
    void finishLoad();
    void refreshShownPages();
    void scheduleReload();
    const BookingRow *loadedRow(int row, bool request) const;

    std::unique_ptr<State> m;
    Profile m_profile;
};
