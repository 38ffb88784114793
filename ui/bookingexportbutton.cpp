#include "bookingexportbutton.h"

#include "api/session.h"
#include "bookinglistmodel.h"
#include "savefilechooser.h"

#include <QDir>
#include <QProgressDialog>
#include <QTimer>

namespace {

constexpr int PollMs = 100; // how often the dialog looks at the reader's progress

} // namespace

BookingExportButton::BookingExportButton(Session &session, const BookingListModel &list, DisplayContext display,
                                         QWidget *parent)
    : QPushButton(tr("E&xport…"), parent), m_session(session), m_list(list), m_display(std::move(display)),
      m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("exportBookings"));
    setAccessibleName(tr("Export the bookings shown to a CSV file"));
    setToolTip(tr("Save the bookings the list shows, in its order, as a CSV file for a spreadsheet."));
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &BookingExportButton::showProgress);
    connect(this, &QPushButton::clicked, this, &BookingExportButton::chooseFile);
}

BookingExportButton::~BookingExportButton()
{
    if (m_progress) // the screen goes (signing out): the reader stops at its next chunk
        m_progress->cancelled = true;
}

void BookingExportButton::chooseFile()
{
    const QString path = savefilechooser::ask(window(), tr("Export bookings"), QStringLiteral("export/folder"),
                                              QStringLiteral("bookings-%1.csv"), tr("CSV file (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void BookingExportButton::exportTo(const QString &path)
{
    if (m_progress)
        return; // one at a time: the button is disabled meanwhile
    setEnabled(false);
    m_progress = std::make_shared<bookingexport::Progress>();
    m_dialog = new QProgressDialog(tr("Exporting bookings to %1…").arg(QDir::toNativeSeparators(path)), tr("Stop"), 0, 0, this);
    m_dialog->setObjectName(QStringLiteral("exportProgress"));
    m_dialog->setWindowTitle(tr("Export bookings"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500); // a small export finishes before it would show
    connect(m_dialog, &QProgressDialog::canceled, this, [progress = m_progress] { progress->cancelled = true; });
    m_poll->start();
    m_session.exportBookings(m_list.filter(), m_list.order(), m_display.zone, path, m_progress)
        .then(this, [this, path](const Result<qint64> &written) {
            if (!written)
                return done(false, written.error().message);
            const QString where = QDir::toNativeSeparators(path);
            done(true, written.value() == 1
                           ? tr("1 booking exported to %1.").arg(where)
                           : tr("%1 bookings exported to %2.").arg(m_display.locale.toString(written.value()), where));
        });
}

void BookingExportButton::showProgress()
{
    if (!m_progress || !m_dialog)
        return;
    const qint64 total = m_progress->total;
    if (total < 0)
        return; // still counting: the dialog keeps its busy bar
    // QProgressDialog counts in int; a million rows fit, and the ratio is what is shown.
    m_dialog->setMaximum(int(std::min<qint64>(total, INT_MAX)));
    m_dialog->setValue(int(std::min<qint64>(m_progress->written, INT_MAX)));
}

void BookingExportButton::done(bool succeeded, const QString &message)
{
    m_poll->stop();
    m_progress.reset();
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    setEnabled(true);
    Q_EMIT finished(succeeded, message);
}
