#include "syncstatuslabel.h"

#include <QDateTime>
#include <QMouseEvent>

#include <algorithm>
#include <climits>

namespace {
// The status bar shares its line with the user, the business and the database.
constexpr int ShortReasonChars = 48;

QString shortReason(const QString &reason)
{
    const QString line = reason.section(u'\n', 0, 0).trimmed();
    return line.size() <= ShortReasonChars ? line : line.left(ShortReasonChars - 1) + u'…';
}

QString lastSyncTime(qint64 lastSuccess, const DisplayContext &display, qint64 nowUtcSecs)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(lastSuccess, Qt::UTC).toTimeZone(display.zone);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowUtcSecs, Qt::UTC).toTimeZone(display.zone);
    if (when.date() == now.date())
        return display.locale.toString(when.time(), QLocale::ShortFormat);
    return display.locale.toString(when, QLocale::ShortFormat);
}

} // namespace

SyncStatusLabel::SyncStatusLabel(DisplayContext display, QWidget *parent)
    : QLabel(parent), m_display(std::move(display))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Synchronisation"));
    setTextFormat(Qt::PlainText);
    setCursor(Qt::PointingHandCursor);
    render();
}

void SyncStatusLabel::showStatus(const SyncStatus &status)
{
    m_status = status;
    m_reported = true;
    render();
}

void SyncStatusLabel::showConflictCount(qint64 conflicts)
{
    if (m_status.conflicts == conflicts)
        return;
    m_status.conflicts = conflicts;
    render();
}

QString SyncStatusLabel::describe(const SyncStatus &status, const DisplayContext &display, qint64 nowUtcSecs)
{
    QStringList parts;
    if (status.online)
        parts << tr("Online");
    else if (status.lastError.isEmpty())
        parts << tr("Offline");
    else
        parts << tr("Offline: %1").arg(shortReason(status.lastError));
    if (status.receiving > 0)
        parts << tr("receiving %1", "changes still to come from the server").arg(display.locale.toString(status.receiving));
    if (status.pending > 0)
        parts << tr("%1 waiting").arg(display.locale.toString(status.pending));
    if (status.lastSuccess > 0)
        parts << tr("synced %1", "the time of the last successful sync")
                     .arg(lastSyncTime(status.lastSuccess, display, nowUtcSecs));
    if (status.conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, int(std::min<qint64>(status.conflicts, INT_MAX)));
    return parts.join(QStringLiteral(" · "));
}

QStringList SyncStatusLabel::sentences(const SyncStatus &status, const DisplayContext &display)
{
    QStringList lines;
    if (status.online)
        lines << tr("Connected to the server.");
    else if (status.lastError.isEmpty())
        lines << tr("Not connected to the server yet.");
    else
        lines << tr("The server cannot be reached: %1").arg(status.lastError)
              << tr("Bookings can still be made here; they are sent when the server is back.");
    if (status.receiving > 0)
        lines << tr("Receiving the server's changes: %1 still to come.").arg(display.locale.toString(status.receiving));
    lines << (status.pending > 0 ? tr("%n change(s) waiting to be sent.", nullptr, int(std::min<qint64>(status.pending, INT_MAX)))
                                 : tr("Nothing is waiting to be sent."));
    lines << (status.lastSuccess > 0 ? tr("Last successful sync: %1.").arg(display.dateTime(status.lastSuccess))
                                     : tr("Not synchronised yet."));
    return lines;
}

QString SyncStatusLabel::describeInFull(const SyncStatus &status, const DisplayContext &display)
{
    QStringList lines = sentences(status, display);
    if (status.conflicts > 0)
        lines << tr("%n change(s) refused by the server: see the Sync screen.", nullptr,
                    int(std::min<qint64>(status.conflicts, INT_MAX)));
    return lines.join(u'\n');
}

void SyncStatusLabel::render()
{
    if (!m_reported) {
        setText(tr("Connecting to the server…"));
        setToolTip(text());
        return;
    }
    setText(describe(m_status, m_display, QDateTime::currentSecsSinceEpoch()));
    setToolTip(describeInFull(m_status, m_display));
    setAccessibleDescription(toolTip());
}

void SyncStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QLabel::mouseReleaseEvent(event);
}
