#include "helpmenu.h"

#include "userguidedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>

namespace {
const char *const Homepage = "https://github.com/rentaldesk/rentaldesk";
} // namespace

HelpMenu::HelpMenu(std::function<DiagnosticsFacts()> collect, QWidget *parent)
    : QMenu(tr("&Help"), parent), m_collect(std::move(collect))
{
    QAction *guide = addAction(tr("&User guide"), this, &HelpMenu::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    m_copyDiagnostics = addAction(tr("Copy &diagnostics"), this, &HelpMenu::copyDiagnostics);
    m_copyDiagnostics->setObjectName(QStringLiteral("copyDiagnostics"));
    addSeparator();
    addAction(tr("&About RentalDesk"), this, &HelpMenu::showAbout);
    addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void HelpMenu::showUserGuide()
{
    auto *dialog = new UserGuideDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnosticsreport::format(m_collect()));
    Q_EMIT diagnosticsCopied(tr("Diagnostics copied. Paste them into your support request."));
}

void HelpMenu::showAbout()
{
    const QString homepage = QLatin1StringView(Homepage);
    QMessageBox::about(parentWidget(), tr("About RentalDesk"),
                       tr("<h3>RentalDesk %1</h3>"
                          "<p>Bookings, payments and hand-overs for rental businesses, offline first.</p>"
                          "<p>RentalDesk is free software: you can redistribute it and/or modify it under the "
                          "terms of the GNU General Public License, version 3 or (at your option) any later "
                          "version. It comes with ABSOLUTELY NO WARRANTY.</p>"
                          "<p><a href=\"%2\">%2</a></p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped(), homepage));
}
