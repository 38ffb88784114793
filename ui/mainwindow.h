#pragma once

#include "diagnosticsreport.h"
#include "uicontext.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class Backend;
class LayoutStore;
class QLabel;
class QStackedWidget;
class Session;
class SignInPage;
class CircuitBreaker;
class DatabaseBackupAction;
class PaymentStatusLabel;
class SyncEngine;
class SyncStatusLabel;
class Workspace;
struct User;

// The RentalDesk window. It opens on the first-run page (a shop without accounts) or the
// sign-in page, then shows the Workspace of the person who signed in; signing out drops the
// session and every screen with it. The status bar shows the database, the business, who is
// signed in and how many notifications are waiting to be sent, and on a counter that
// synchronises with a server how that stands (online, waiting, last sync, conflicts). It
// never runs SQL itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `profile` is the business the screens speak for until the database says otherwise
    // (the first run asks; a set-up shop has its own).
    MainWindow(Backend &backend, DisplayContext display, Profile profile, const QString &databasePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session.get(); }
    Workspace *workspace() const { return m_workspace; }
    // A line under the sign-in form (the demo names its accounts there).
    void setSignInHint(const QString &hint);
    // The counter synchronises through `engine` (which outlives the window): the status bar
    // shows how that stands and staff get the Sync screen. Call before anyone signs in.
    void setSyncEngine(SyncEngine *engine);
    // Shows managers how card payments stand, in the status bar and on the Payments screen
    // (the breaker must outlive the window).
    void setPaymentBreaker(const CircuitBreaker &breaker);
    // What Help → Copy diagnostics adds to what the window knows (schema version, logs).
    void setDiagnostics(DiagnosticsSource source) { m_diagnostics = std::move(source); }

public Q_SLOTS:
    void showNotification(const QString &text);
    // A message the shop sends a customer (through the desktop channel): shown only to that
    // customer when signed in here, never to staff, who see it in the booking's history.
    void showCustomerMessage(const QUuid &customerId, const QString &text);
    void signOut();

Q_SIGNALS:
    // The first or sign-in page is on screen and ready for input.
    void readyForSignIn();
    void signedIn();
    // This new counter joined the shop's server; the device token it was issued (never logged).
    void joinedServer(const QByteArray &token);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar(const QString &databasePath);
    DiagnosticsFacts collectDiagnostics() const;
    void showStartPage();
    void startSession(const User &user, Profile profile);
    void refreshPending();
    void showStaffStatus(bool staff);
    void restoreLayout();
    void rememberLayout();

    Backend &m_backend;
    UiContext m_context;
    std::unique_ptr<LayoutStore> m_layout;
    std::unique_ptr<Session> m_session;
    QStackedWidget *m_stack;
    SignInPage *m_signIn;
    Workspace *m_workspace = nullptr;
    QLabel *m_profileLabel;
    QLabel *m_userLabel;
    QLabel *m_pendingLabel;
    QLabel *m_databaseLabel = nullptr;
    SyncEngine *m_sync = nullptr;
    SyncStatusLabel *m_syncLabel = nullptr;
    PaymentStatusLabel *m_paymentLabel = nullptr; // managers only
    const CircuitBreaker *m_paymentBreaker = nullptr; // none in some tests
    QAction *m_signOutAction = nullptr;
    DatabaseBackupAction *m_backupAction = nullptr;
    QString m_databasePath;
    DiagnosticsSource m_diagnostics;
};
