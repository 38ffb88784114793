#pragma once

#include "diagnosticsreport.h"

#include <QMenu>

#include <functional>

// The window's Help menu: the user guide (F1), Copy diagnostics (for a support request),
// About RentalDesk (version and licence) and About Qt.
class HelpMenu final : public QMenu
{
    Q_OBJECT

public:
    // `collect` gathers the facts when diagnostics are copied (not before: they change).
    HelpMenu(std::function<DiagnosticsFacts()> collect, QWidget *parent);

    QAction *copyDiagnosticsAction() const { return m_copyDiagnostics; }

Q_SIGNALS:
    void diagnosticsCopied(const QString &message);

private:
    void showUserGuide();
    void copyDiagnostics();
    void showAbout();

    std::function<DiagnosticsFacts()> m_collect;
    QAction *m_copyDiagnostics;
};
