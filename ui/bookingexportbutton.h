#pragma once

#include "displaycontext.h"

#include <QPushButton>

#include <memory>

class BookingListModel;
class QProgressDialog;
class QTimer;
class Session;
namespace bookingexport {
struct Progress;
}

// "Export…" under the Bookings list: writes what the list shows (its filter and order) to a
// CSV file the clerk chooses, on a reader, with a progress dialog that can stop it. Says how
// it went through finished().
class BookingExportButton final : public QPushButton
{
    Q_OBJECT

public:
    BookingExportButton(Session &session, const BookingListModel &list, DisplayContext display, QWidget *parent);
    ~BookingExportButton() override;

    // Exports to `path` without asking (what the file dialog chose, and what tests choose).
    void exportTo(const QString &path);

Q_SIGNALS:
    void finished(bool succeeded, const QString &message);

private:
    void chooseFile();
    void showProgress();
    void done(bool succeeded, const QString &message);

    Session &m_session;
    const BookingListModel &m_list;
    DisplayContext m_display;
    std::shared_ptr<bookingexport::Progress> m_progress; // while an export runs
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_poll;
};
