#pragma once

#include "kioskpage.h"
#include "receipt.h"
#include "uicontext.h"

class QLabel;
class QPushButton;

// The booking is made: its code in large type and as a QR code, whether it is paid or to be
// paid at the counter (and until when it is held), a receipt to print, and Done.
class ConfirmationPage final : public KioskPage
{
    Q_OBJECT

public:
    ConfirmationPage(const UiContext &context, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    // `holdExpiresAt`: when an unpaid booking is released (UTC seconds; 0 = paid or never).
    void showBooking(const Receipt &receipt, qint64 holdExpiresAt);
    void showPrinted(bool printed);
    const Receipt &receipt() const { return m_receipt; }

Q_SIGNALS:
    void printRequested();
    void done();

private:
    const UiContext &m_context; // the window's: in the language the customer chose
    Receipt m_receipt;
    qint64 m_holdExpiresAt = 0;
    enum class Printed { No, Yes, Failed } m_printed = Printed::No;
    QLabel *m_title = nullptr;
    QLabel *m_codeCaption = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_printStatus = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_done = nullptr;
};
