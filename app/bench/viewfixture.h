#pragma once

#include "api/backend.h"
#include "api/session.h"
#include "bookinglistmodel.h"
#include "dataset.h"
#include "domain/clock.h"
#include "payment/builtingateway.h"

#include <QElapsedTimer>
#include <QTableView>

#include <functional>
#include <memory>

// The Bookings list as a manager sees it, for the view benches: a Backend on the bench
// database, a manager's Session, a BookingListModel in a shown QTableView (offscreen). The
// view benches time what a person waits for: from an action to the new first page painted.
class ViewFixture final
{
public:
    explicit ViewFixture(const Dataset &dataset);
    ~ViewFixture();

    // Opens the backend. Returns the error when the database cannot be opened.
    Result<void> open();
    // Creates the model and shows the view; milliseconds until the first page was painted.
    Result<double> showList();
    // Milliseconds from `action` to the next first page painted.
    Result<double> timeFirstPage(const std::function<void()> &action);
    // Waits until every matching row is counted (the model's key list is in).
    Result<void> waitCounted();
    // Scrolls `row` into the middle of the view and waits until its page is loaded.
    Result<void> scrollToRow(int row);

    Backend &backend() { return *m_backend; }
    BookingListModel &model() { return *m_model; }
    QTableView &view() { return *m_view; }

private:
    // Runs the event loop until `done` or a minute passed (a bench that hangs is a failure).
    Result<void> spinUntil(const std::function<bool()> &done);

    const Dataset &m_dataset;
    ManualClock m_clock;
    BuiltinGateway m_gateway;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QTableView> m_view;
    std::unique_ptr<BookingListModel> m_model;
    int m_firstPages = 0;
    int m_counted = 0;
    QString m_failure;
};
