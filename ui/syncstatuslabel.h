#pragma once

#include "displaycontext.h"
#include "sync/syncsettings.h"

#include <QLabel>

// The status bar's line about synchronisation, e.g. "Online · 3 waiting · synced 10:42 ·
// 1 conflict" or "Offline: Connection refused · 3 waiting"; the tooltip has the whole
// story. Clicking it asks for the Sync screen (from the keyboard that is the Sync tab's own
// shortcut). The window shows it only when a server is configured.
class SyncStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(DisplayContext display, QWidget *parent = nullptr);

    void showStatus(const SyncStatus &status);
    // The Sync screen counted the conflicts again (one was resolved) before the engine
    // reported anew.
    void showConflictCount(qint64 conflicts);

    // The line for `status`, with the last sync as a time of day when it was today (in the
    // shop's zone) at `nowUtcSecs`, else with its date.
    static QString describe(const SyncStatus &status, const DisplayContext &display, qint64 nowUtcSecs);
    // The same in sentences, one per line: connected or why not, what waits, the last sync
    // (the Sync screen shows these; the conflicts are its list).
    static QStringList sentences(const SyncStatus &status, const DisplayContext &display);
    // The sentences and a pointer to the Sync screen when there are conflicts (the tooltip).
    static QString describeInFull(const SyncStatus &status, const DisplayContext &display);
    // Whether `status` is a real report (the engine has tried once) rather than the blank
    // status an engine has before its first attempt.
    static bool isReport(const SyncStatus &status) { return status.online || !status.lastError.isEmpty(); }

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render();

    DisplayContext m_display;
    SyncStatus m_status;
    bool m_reported = false; // the engine has not said anything yet: "Connecting…"
};
