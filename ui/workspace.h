#pragma once

#include "uicontext.h"

#include <QTabWidget>

class Session;

// The screens one signed-in person works in, as tabs chosen by their role: a manager gets
// the dashboard, inventory, booking, bookings and accounts; a clerk booking and bookings; a
// customer booking and their own bookings. Alt + the underlined letter or Ctrl+1…9 switch.
class Workspace final : public QTabWidget
{
    Q_OBJECT

public:
    Workspace(Session &session, const UiContext &context, QWidget *parent = nullptr);

    // The tab titles in order (tests and the remembered tab use them).
    QStringList pageNames() const;

private:
    void addPage(QWidget *page, const QString &title, const QString &objectName);
};
