#include "confirmationpage.h"

#include "kioskstyle.h"
#include "qrcodeimage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmationPage::ConfirmationPage(const UiContext &context, QWidget *parent) : KioskPage(parent), m_context(context)
{
    setObjectName(QStringLiteral("confirmationPage"));
    m_title = kioskstyle::title(QStringLiteral("confirmationTitle"), this);
    m_codeCaption = kioskstyle::text(QStringLiteral("bookingCodeCaption"), this);
    m_code = kioskstyle::title(QStringLiteral("bookingCode"), this);
    m_code->setStyleSheet(QStringLiteral("font-size: 56pt; font-weight: bold; letter-spacing: 4px;"));
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("bookingQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_outcome = kioskstyle::text(QStringLiteral("paymentOutcome"), this);
    m_printStatus = kioskstyle::text(QStringLiteral("printStatus"), this);
    m_print = kioskstyle::button(QStringLiteral("printReceipt"), this);
    m_done = kioskstyle::button(QStringLiteral("done"), this, true);

    auto *details = new QVBoxLayout;
    details->addWidget(m_codeCaption);
    details->addWidget(m_code);
    details->addSpacing(16);
    details->addWidget(m_outcome);
    details->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addLayout(details, 1);
    middle->addWidget(m_qr);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_printStatus, 1);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(middle, 1);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, &ConfirmationPage::printRequested);
    connect(m_done, &QPushButton::clicked, this, &ConfirmationPage::done);
    clear();
}

void ConfirmationPage::clear()
{
    m_receipt = {};
    m_holdExpiresAt = 0;
    m_printed = Printed::No;
    m_qr->clear();
    retranslate();
}

void ConfirmationPage::showBooking(const Receipt &receipt, qint64 holdExpiresAt)
{
    m_receipt = receipt;
    m_holdExpiresAt = holdExpiresAt;
    m_printed = Printed::No;
    m_qr->setPixmap(QPixmap::fromImage(qrcodeimage::render(receipt.bookingCode, 10)));
    retranslate();
}

void ConfirmationPage::showPrinted(bool printed)
{
    m_printed = printed ? Printed::Yes : Printed::Failed;
    retranslate();
}

void ConfirmationPage::retranslate()
{
    const bool paid = m_receipt.paymentStatus == PaymentStatus::Approved;
    m_title->setText(tr("Thank you, your booking is made"));
    m_codeCaption->setText(tr("Your booking code"));
    m_code->setText(m_receipt.bookingCode);
    m_code->setAccessibleName(tr("Booking code %1").arg(m_receipt.bookingCode));
    m_qr->setAccessibleName(tr("QR code of the booking code"));
    QString outcome;
    if (m_receipt.bookingCode.isEmpty())
        outcome.clear();
    else if (paid)
        outcome = tr("Paid: %1.").arg(m_context.display.money(m_receipt.amount));
    else if (m_holdExpiresAt > 0)
        outcome = tr("Please pay %1 at the counter before %2, or the booking is released.")
                      .arg(m_context.display.money(m_receipt.amount), m_context.display.dateTime(m_holdExpiresAt));
    else
        outcome = tr("Please pay %1 at the counter.").arg(m_context.display.money(m_receipt.amount));
    if (!m_receipt.bookingCode.isEmpty())
        outcome += u'\n' + tr("%1 for %2, %3.").arg(m_receipt.resourceName, m_receipt.customerName,
                                                    m_context.display.period(m_receipt.period));
    m_outcome->setText(outcome);
    switch (m_printed) {
    case Printed::No: m_printStatus->clear(); break;
    case Printed::Yes: m_printStatus->setText(tr("Receipt printed.")); break;
    case Printed::Failed: m_printStatus->setText(tr("The receipt could not be printed. Please note your code.")); break;
    }
    kioskstyle::setText(m_print, tr("Print receipt"));
    kioskstyle::setText(m_done, tr("Done"));
}
