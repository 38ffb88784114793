#pragma once

#include "uicontext.h"

#include <QUuid>
#include <QWidget>

class BookingDetailPane;
class BookingExportButton;
class BookingFilterBar;
class BookingListModel;
class QLabel;
class QModelIndex;
class QTableView;
class Session;
struct BookingFilter;

// The Bookings screen for managers and clerks: every reservation of the shop, filtered by
// state, dates and a name, sorted by any column (in SQL, so it stays fast at a million rows),
// and beside the list the selected booking with its history and the steps that can be taken
// on it. Ctrl+F searches; Enter on a row goes to the booking's first step; Export… saves
// what the list shows as a CSV file.
class BookingsPage final : public QWidget
{
    Q_OBJECT

public:
    BookingsPage(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~BookingsPage() override;

private:
    void onFilterChanged(const BookingFilter &filter);
    void onCurrentRowChanged(const QModelIndex &current);
    // Shows the current row's booking in the pane once its page is loaded.
    void showCurrent();
    // After the list reloads or pages arrive, keeps the shown booking selected, wherever its
    // row went.
    void followShownBooking();
    void showCount();

    UiContext m_context;
    BookingListModel *m_model;
    BookingFilterBar *m_filters;
    QTableView *m_table;
    BookingDetailPane *m_detail;
    QLabel *m_count;
    QLabel *m_error;
    BookingExportButton *m_export;
    QLabel *m_exportNotice;
    QUuid m_followed;     // the booking the clerk selected
    bool m_syncing = false; // the page itself is moving the selection
};
