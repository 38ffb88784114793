#pragma once

#include "uicontext.h"

#include <QTabWidget>

class PaymentsPage;
class Session;
class SyncEngine;
class SyncPage;

// The screens one signed-in person works in, as tabs chosen by their role: a manager gets
// the dashboard, inventory, booking, bookings, payments and accounts; a clerk booking and
// bookings; a customer booking and their own bookings. Staff also get the Sync screen when the
// counter synchronises with a server (`sync` is set). Alt + the underlined letter or Ctrl+1…9
// switch.
class Workspace final : public QTabWidget
{
    Q_OBJECT

public:
    Workspace(Session &session, const UiContext &context, SyncEngine *sync = nullptr, QWidget *parent = nullptr);

    // The tab titles in order (tests and the remembered tab use them).
    QStringList pageNames() const;
    SyncPage *syncPage() const { return m_syncPage; }
    // The manager's Payments screen (none for other roles).
    PaymentsPage *paymentsPage() const { return m_paymentsPage; }

private:
    void addPage(QWidget *page, const QString &title, const QString &objectName);
    void addSyncPage(Session &session, const UiContext &context, SyncEngine &sync);

    SyncPage *m_syncPage = nullptr;
    PaymentsPage *m_paymentsPage = nullptr;
};
