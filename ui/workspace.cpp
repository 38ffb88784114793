#include "workspace.h"

#include "api/session.h"
#include "bookingspage.h"
#include "bookpage.h"
#include "dashboardpage.h"
#include "inventorypage.h"
#include "mybookingspage.h"
#include "paymentspage.h"
#include "sync/syncengine.h"
#include "syncpage.h"
#include "syncstatuslabel.h"
#include "userspage.h"

#include <QKeySequence>
#include <QShortcut>

Workspace::Workspace(Session &session, const UiContext &context, SyncEngine *sync, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("workspace"));
    setAccessibleName(tr("Screens"));
    setDocumentMode(true);
    if (session.can(Action::ViewDashboard))
        addPage(new DashboardPage(session, context, this), tr("&Dashboard"), QStringLiteral("dashboardPage"));
    if (session.can(Action::ManageInventory))
        addPage(new InventoryPage(session, context, this), tr("&%1", "the inventory tab: the shop's plural noun, e.g. Cars").arg(profiles::resourcesNoun(context.profile)),
                QStringLiteral("inventoryPage"));
    if (session.can(Action::BookForOthers) || session.can(Action::BookOwn))
        addPage(new BookPage(session, context, this), tr("B&ook"), QStringLiteral("bookPage"));
    if (session.can(Action::ViewAllBookings))
        addPage(new BookingsPage(session, context, this), tr("&Bookings"), QStringLiteral("bookingsPage"));
    if (sync && session.can(Action::ViewAllBookings))
        addSyncPage(session, context, *sync);
    if (session.can(Action::ManagePayments)) {
        m_paymentsPage = new PaymentsPage(session, context, this);
        // No mnemonic, like Sync: every letter of "Payments" is taken on the pages (Pa&y, …).
        addPage(m_paymentsPage, tr("Payments"), QStringLiteral("paymentsPage"));
    }
    if (session.can(Action::ViewOwnBookings))
        addPage(new MyBookingsPage(session, context, this),
                context.profile == Profile::Product ? tr("&My orders") : tr("&My bookings"),
                QStringLiteral("myBookingsPage"));
    if (session.can(Action::ManageUsers))
        addPage(new UsersPage(session, context, this), tr("&Accounts"), QStringLiteral("usersPage"));
}

void Workspace::addPage(QWidget *page, const QString &title, const QString &objectName)
{
    page->setObjectName(objectName);
    const int index = addTab(page, title);
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index]() { setCurrentIndex(index); });
    }
}

void Workspace::addSyncPage(Session &session, const UiContext &context, SyncEngine &sync)
{
    m_syncPage = new SyncPage(session, context, this);
    // No mnemonic: every letter of "Sync" is taken on the pages beside it (Pa&y, Ca&ncel, …);
    // Ctrl+<its number> and a click on the status bar's sync line reach it.
    addPage(m_syncPage, tr("Sync"), QStringLiteral("syncPage"));
    if (SyncStatusLabel::isReport(sync.status()))
        m_syncPage->showStatus(sync.status());
    connect(&sync, &SyncEngine::statusChanged, m_syncPage, &SyncPage::showStatus);
    m_syncPage->setServer(sync.server());
    connect(m_syncPage, &SyncPage::syncRequested, &sync, &SyncEngine::syncNow);
}

QStringList Workspace::pageNames() const
{
    QStringList names;
    for (int i = 0; i < count(); ++i)
        names << widget(i)->objectName();
    return names;
}
