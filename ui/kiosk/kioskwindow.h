#pragma once

#include "kiosksettings.h"
#include "receipt.h"
#include "uicontext.h"

#include <QWidget>

#include <functional>
#include <memory>

class CardTerminal;
class IdleWatcher;
class QStackedWidget;
class Session;
class StaffExitGuard;

// The self-service booking terminal (`rentaldesk --kiosk`): a frameless, always-on-top window
// with one step of the customer's flow at a time. It cannot be closed or left with the usual
// shortcuts; staff leave it with a hidden key sequence or gesture and the PIN
// (staffExitRequested). After a while without a touch it counts down and starts over,
// forgetting everything the customer typed. The caller shows it (showFullScreen) and acts on
// its signals.
class KioskWindow final : public QWidget
{
    Q_OBJECT
public:
    // Where a receipt goes (answers whether it was printed): by default the system's
    // printer; tests and demos print to a PDF.
    using ReceiptPrinter = std::function<bool(const Receipt &)>;

    KioskWindow(Session &session, const UiContext &context, const KioskSettings &settings, CardTerminal &terminal,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    // The shop's name at the top of the receipt.
    void setShopName(const QString &name);
    void setReceiptPrinter(ReceiptPrinter printer);
    // Receipts as a PDF file at `path` instead of on the printer (demos, tests).
    void setReceiptPdfPath(const QString &path);
    // The right staff PIN unlocks the window before staffExitRequested: then close() closes
    // it. lock() makes it a kiosk again (staff went back to it).
    void unlock() { m_unlocked = true; }
    void lock() { m_unlocked = false; }
    bool isLocked() const { return !m_unlocked; }

    // For tests: the idle timer and the PIN delay without waiting.
    IdleWatcher &idleWatcher();
    StaffExitGuard &staffExitGuard();
    // Back to the welcome screen with everything the customer typed forgotten.
    void startOver();
    QWidget *currentStep() const;

Q_SIGNALS:
    // The right PIN was typed: the caller leaves kiosk mode.
    void staffExitRequested();
    // The customer chose a language ("en", "ko"); the caller installs its translators and
    // the window retranslates itself on QEvent::LanguageChange.
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showStep(QWidget *page);
    void askForPin();
    void onPaid(const QString &error);
    void retranslate();

    struct Pages;
    std::unique_ptr<Pages> m;
    IdleWatcher *m_idle = nullptr;
    StaffExitGuard *m_guard = nullptr;
    bool m_unlocked = false;
};
