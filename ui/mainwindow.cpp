#include "mainwindow.h"

#include "api/session.h"
#include "databasebackupaction.h"
#include "firstrunpage.h"
#include "helpmenu.h"
#include "layoutstore.h"
#include "paymentspage.h"
#include "paymentstatuslabel.h"
#include "queries/statusquery.h"
#include "signinpage.h"
#include "sync/syncengine.h"
#include "syncpage.h"
#include "syncstatuslabel.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QSysInfo>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace {
constexpr int NotificationShownMs = 8000;

QString tabKey(Role role)
{
    return QStringLiteral("window/tab-") + roles::key(role);
}

// Every named splitter and table header in the workspace keeps the sizes, column widths and
// sort order the person left them with, per role.
QString layoutKey(Role role, const QObject *object)
{
    return QStringLiteral("layout-%1/%2").arg(roles::key(role), object->objectName());
}

template<typename Apply>
void forEachLayoutPart(QWidget *workspace, Apply apply)
{
    for (QSplitter *splitter : workspace->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            apply(splitter, [splitter]() { return splitter->saveState(); },
                  [splitter](const QByteArray &state) { splitter->restoreState(state); });
    for (QTableView *table : workspace->findChildren<QTableView *>())
        if (!table->objectName().isEmpty()) {
            QHeaderView *header = table->horizontalHeader();
            apply(table, [header]() { return header->saveState(); },
                  [header](const QByteArray &state) { header->restoreState(state); });
        }
}
} // namespace

MainWindow::MainWindow(Backend &backend, DisplayContext display, Profile profile, const QString &databasePath,
                       QWidget *parent)
    : QMainWindow(parent), m_backend(backend), m_context{std::move(display), profile, &backend.clock()},
      m_layout(std::make_unique<LayoutStore>()), m_stack(new QStackedWidget(this)), m_signIn(new SignInPage(backend.accounts(), m_stack))
{
    setWindowTitle(tr("RentalDesk"));
    m_databasePath = databasePath;
    m_stack->addWidget(m_signIn);
    setCentralWidget(m_stack);
    createMenus();
    createStatusBar(databasePath);
    connect(m_signIn, &SignInPage::signedIn, this, [this](const User &user) { startSession(user, m_context.profile); });
    connect(&backend.executor(), &CommandExecutor::changed, this, &MainWindow::refreshPending);
    restoreLayout();
    // Queued: a quick answer would otherwise run its continuation (and announce
    // readyForSignIn) inside this constructor, before anyone could connect to it.
    QMetaObject::invokeMethod(this, &MainWindow::showStartPage, Qt::QueuedConnection);
    refreshPending();
}

MainWindow::~MainWindow()
{
    delete m_workspace; // before the session its screens use
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOutAction->setEnabled(false);
    m_backupAction = new DatabaseBackupAction(m_context.display.locale, this);
    file->addAction(m_backupAction);
    connect(m_backupAction, &DatabaseBackupAction::started, this, [this](const QString &message) {
        statusBar()->showMessage(message); // until it is done
    });
    connect(m_backupAction, &DatabaseBackupAction::finished, this, [this](bool succeeded, const QString &message) {
        statusBar()->clearMessage();
        if (succeeded)
            return showNotification(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Back up database"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *help = new HelpMenu([this]() { return collectDiagnostics(); }, this);
    connect(help, &HelpMenu::diagnosticsCopied, this, &MainWindow::showNotification);
    menuBar()->addMenu(help);
}

DiagnosticsFacts MainWindow::collectDiagnostics() const
{
    DiagnosticsFacts facts;
    facts.version = QApplication::applicationVersion();
    facts.qtVersion = QString::fromLatin1(qVersion());
    facts.platform = QSysInfo::prettyProductName() + QLatin1StringView(", ") + QSysInfo::currentCpuArchitecture();
    facts.databasePath = m_databasePath;
    facts.settingsPath = QSettings().fileName();
    facts.logDirectory = m_diagnostics.logDirectory;
    facts.schemaVersion = m_diagnostics.schemaVersion;
    facts.business = profiles::key(m_context.profile);
    if (m_session)
        facts.signedInRole = roles::key(m_session->user().role);
    facts.syncState = m_sync ? SyncStatusLabel::describeInFull(m_sync->status(), m_context.display)
                             : QStringLiteral("this counter does not synchronise");
    if (m_diagnostics.recentLogLines)
        facts.recentLogLines = m_diagnostics.recentLogLines();
    return facts;
}

void MainWindow::createStatusBar(const QString &databasePath)
{
    auto *database = new QLabel(tr("Database: %1").arg(databasePath), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setAccessibleName(tr("Database"));
    m_databaseLabel = database;
    m_profileLabel = new QLabel(this);
    m_profileLabel->setAccessibleName(tr("Business"));
    m_userLabel = new QLabel(tr("Not signed in"), this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingNotifications"));
    m_pendingLabel->setAccessibleName(tr("Notifications waiting to be sent"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(database);
}

void MainWindow::showStartPage()
{
    m_profileLabel->setText(profiles::displayName(m_context.profile));
    AccountService &accounts = m_backend.accounts();
    accounts.isSetUp().then(this, [this, &accounts](const Result<bool> &setUp) {
        if (setUp && !setUp.value()) {
            auto *firstRun = new FirstRunPage(accounts, m_context.profile, m_stack);
            if (m_sync)
                firstRun->offerToJoin(*m_sync);
            connect(firstRun, &FirstRunPage::joinedServer, this, &MainWindow::joinedServer);
            m_stack->addWidget(firstRun);
            m_stack->setCurrentWidget(firstRun);
            firstRun->setFocus();
            connect(firstRun, &FirstRunPage::setUpDone, this, [this, firstRun](const User &user, Profile profile) {
                firstRun->deleteLater();
                startSession(user, profile);
            });
            Q_EMIT readyForSignIn();
            return;
        }
        if (!setUp)
            statusBar()->showMessage(setUp.error().message);
        // A set-up shop speaks its own business's words, whatever it was started with.
        accounts.shopProfile().then(this, [this](const Result<std::optional<Profile>> &stored) {
            if (stored && stored->has_value()) {
                m_context.profile = stored->value();
                m_profileLabel->setText(profiles::displayName(m_context.profile));
            }
            m_stack->setCurrentWidget(m_signIn);
            m_signIn->reset();
            Q_EMIT readyForSignIn();
        });
    });
}

void MainWindow::startSession(const User &user, Profile profile)
{
    m_context.profile = profile;
    m_profileLabel->setText(profiles::displayName(profile));
    m_session = std::make_unique<Session>(m_backend, user);
    m_workspace = new Workspace(*m_session, m_context, m_sync, m_stack);
    if (SyncPage *sync = m_workspace->syncPage(); sync && m_syncLabel)
        connect(sync, &SyncPage::conflictsCounted, m_syncLabel, &SyncStatusLabel::showConflictCount);
    if (PaymentsPage *payments = m_workspace->paymentsPage(); payments && m_paymentBreaker)
        payments->setPaymentBreaker(*m_paymentBreaker);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setCurrentIndex(m_layout->value(tabKey(user.role)).toInt());
    forEachLayoutPart(m_workspace, [&](QObject *part, auto, auto restore) {
        const QByteArray state = m_layout->value(layoutKey(user.role, part)).toByteArray();
        if (!state.isEmpty())
            restore(state);
    });
    m_userLabel->setText(tr("%1 (%2)").arg(user.displayName, roles::displayName(user.role)));
    m_signOutAction->setEnabled(true);
    m_backupAction->setSession(m_session.get());
    if (m_paymentLabel)
        m_paymentLabel->setVisible(user.role == Role::Manager);
    showStaffStatus(user.role != Role::Customer);
    m_workspace->currentWidget()->setFocus();
    Q_EMIT signedIn();
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    rememberLayout();
    m_stack->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
    m_backupAction->setSession(nullptr);
    m_session.reset();
    m_userLabel->setText(tr("Not signed in"));
    if (m_paymentLabel)
        m_paymentLabel->hide();
    showStaffStatus(true); // the counter's own screen again
    m_signOutAction->setEnabled(false);
    m_stack->setCurrentWidget(m_signIn);
    m_signIn->reset();
}

// A customer sees neither where the counter keeps its database nor the shop's queue of
// messages to other customers.
void MainWindow::showStaffStatus(bool staff)
{
    m_databaseLabel->setVisible(staff);
    m_pendingLabel->setVisible(staff);
}

void MainWindow::refreshPending()
{
    m_backend.readers()
        .read<Result<qint64>>([](const QSqlDatabase &db) { return statusquery::pendingNotifications(db); })
        .then(this, [this](const Result<qint64> &pending) {
            if (pending)
                m_pendingLabel->setText(tr("%n notification(s) waiting", nullptr, int(pending.value())));
        });
}

void MainWindow::setSignInHint(const QString &hint)
{
    m_signIn->setHint(hint);
}

void MainWindow::setSyncEngine(SyncEngine *engine)
{
    m_sync = engine;
    if (!engine || m_syncLabel)
        return;
    m_syncLabel = new SyncStatusLabel(m_context.display, this);
    statusBar()->insertPermanentWidget(0, m_syncLabel);
    if (SyncStatusLabel::isReport(engine->status()))
        m_syncLabel->showStatus(engine->status()); // else "Connecting…" until the first report
    connect(engine, &SyncEngine::statusChanged, m_syncLabel, &SyncStatusLabel::showStatus);
    connect(m_syncLabel, &SyncStatusLabel::activated, this, [this]() {
        if (m_workspace && m_workspace->syncPage())
            m_workspace->setCurrentWidget(m_workspace->syncPage());
    });
}

void MainWindow::setPaymentBreaker(const CircuitBreaker &breaker)
{
    if (m_paymentLabel)
        return;
    m_paymentBreaker = &breaker;
    if (m_workspace && m_workspace->paymentsPage())
        m_workspace->paymentsPage()->setPaymentBreaker(breaker);
    m_paymentLabel = new PaymentStatusLabel(breaker, this);
    statusBar()->insertPermanentWidget(0, m_paymentLabel);
    m_paymentLabel->setVisible(m_session && m_session->user().role == Role::Manager);
}

void MainWindow::showCustomerMessage(const QUuid &customerId, const QString &text)
{
    if (m_session && m_session->user().role == Role::Customer && m_session->user().customerId == customerId)
        showNotification(text);
}

void MainWindow::showNotification(const QString &text)
{
    // The status bar cuts a message that does not fit beside its permanent labels mid-word and
    // flush against the first of them, so it reads as one with it: end it with an ellipsis
    // and a gap instead (the whole text is in the booking's notifications).
    QStatusBar *bar = statusBar();
    if (!bar->isVisible()) // nothing laid out to measure against
        return bar->showMessage(text, NotificationShownMs);
    int room = bar->contentsRect().width();
    const auto children = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children)
        if (child->isVisible())
            room = std::min(room, child->geometry().left());
    const QFontMetrics metrics = bar->fontMetrics();
    room -= 2 * metrics.averageCharWidth();
    bar->showMessage(metrics.elidedText(text, Qt::ElideRight, std::max(room, 0)), NotificationShownMs);
}

void MainWindow::restoreLayout()
{
    if (restoreGeometry(m_layout->value(QStringLiteral("window/geometry")).toByteArray()))
        return;
    // 1280×720 where there is room for it (a 1366×768 laptop, with its taskbar and the window's
    // frame), less on a smaller screen.
    const QSize wanted(1280, 720);
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.92 : wanted;
    resize(wanted.boundedTo(room));
}

void MainWindow::rememberLayout()
{
    m_layout->setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_session && m_workspace) {
        const Role role = m_session->user().role;
        m_layout->setValue(tabKey(role), m_workspace->currentIndex());
        forEachLayoutPart(m_workspace,
                          [&](QObject *part, auto save, auto) { m_layout->setValue(layoutKey(role, part), save()); });
    }
    m_layout->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberLayout();
    event->accept();
}
