#pragma once

#include "sync/syncsettings.h"
#include "uicontext.h"

#include <QUuid>
#include <QUrl>
#include <QWidget>

#include <optional>

class AvailabilityModel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class Session;
class SyncConflictModel;
struct ChangeSet;
struct SyncConflictList;
struct SyncConflictRow;

// The Sync screen (managers and clerks, only when a server is configured): how the counter
// stands with the server in words, the changes the server refused with its reasons, and for
// a refused booking what is free instead for the same period and quantity. "Mark resolved"
// takes a conflict off the list once staff have dealt with it (rebooked, told the customer).
// Everything is read on a reader; the list is read again whenever the engine reports.
class SyncPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxConflicts = 200;
    // The engine may report several times a second while it catches up: one reload.
    static constexpr int RefreshDelayMs = 300;

    SyncPage(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~SyncPage() override;

    SyncConflictModel *conflicts() const { return m_conflicts; }
    AvailabilityModel *alternatives() const { return m_alternatives; }

    // The server this counter synchronises with, shown under the title.
    void setServer(const QUrl &server);

public Q_SLOTS:
    void showStatus(const SyncStatus &status);
    void reload();
    void resolveSelected();

Q_SIGNALS:
    // "Sync now" was pressed.
    void syncRequested();
    // A reload is on screen.
    void conflictsShown();
    // The free alternatives of the selected booking (or why there are none) are on screen.
    void alternativesShown();
    // Every unresolved conflict, counted again (after a reload or a resolve).
    void conflictsCounted(qint64 total);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildDetail();
    void showConflicts(const SyncConflictList &list);
    void showSelected();
    void searchAlternatives(const SyncConflictRow &row);
    // The alternatives' list is there only for a refused booking.
    void showAlternativesList(bool shown);
    void onChanged(const ChangeSet &changes);
    void updateResolveButton();
    std::optional<QUuid> selectedConflict() const;

    Session &m_session;
    UiContext m_context;
    SyncConflictModel *m_conflicts;
    AvailabilityModel *m_alternatives;
    QLabel *m_headline; // connected or not, in bold
    QLabel *m_server;
    QLabel *m_status;   // the rest of the story
    QLabel *m_count;
    QLabel *m_loadError;
    QTableView *m_conflictTable;
    // Made by buildDetail().
    QLabel *m_detail = nullptr;
    QLabel *m_alternativesLabel = nullptr;
    QLabel *m_alternativesStatus = nullptr;
    QTableView *m_alternativeTable = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_resolveError = nullptr;
    QTimer *m_reloadTimer;
    QUuid m_followed;        // the conflict staff selected, kept across reloads
    QUuid m_alternativesFor; // the conflict the alternatives answer
    quint64 m_loadGeneration = 0;
    quint64 m_searchGeneration = 0;
    bool m_resolving = false;
    bool m_stale = true; // nothing loaded yet, or the engine reported while hidden
};
