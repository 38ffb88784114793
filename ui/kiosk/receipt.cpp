#include "receipt.h"

#include "displaycontext.h"
#include "domain/lifecycle.h"
#include "qrcodeimage.h"

#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace receipts {
namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString toHtml(const Receipt &r, const DisplayContext &display)
{
    const QString paid = r.paymentStatus == PaymentStatus::Approved
                             ? QCoreApplication::translate("Receipt", "Paid")
                             : QCoreApplication::translate("Receipt", "To pay at the counter before the booking starts");
    return QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"font-size:xx-large\"><b>%3</b></p>"
                          "<table cellspacing=\"6\">%4%5%6%7%8%9</table><p><img src=\"qr:code\"></p><p>%10</p>")
        .arg(r.shopName.toHtmlEscaped(), QCoreApplication::translate("Receipt", "Your booking code").toHtmlEscaped(), r.bookingCode.toHtmlEscaped(),
             row(QCoreApplication::translate("Receipt", "Booked"), r.resourceName), row(QCoreApplication::translate("Receipt", "For"), r.customerName),
             row(QCoreApplication::translate("Receipt", "When"), display.period(r.period)), row(QCoreApplication::translate("Receipt", "Quantity"), display.locale.toString(r.quantity)),
             row(QCoreApplication::translate("Receipt", "Amount"), display.money(r.amount)), row(QCoreApplication::translate("Receipt", "Payment"), paid),
             QCoreApplication::translate("Receipt", "Show this code, or the QR code, at the counter.").toHtmlEscaped());
}

void print(const Receipt &receipt, const DisplayContext &display, QPrinter &printer)
{
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:code")),
                         qrcodeimage::render(receipt.bookingCode, 4));
    document.setHtml(toHtml(receipt, display));
    document.print(&printer);
}

} // namespace receipts
