#pragma once

#include "domain/reservation.h"

#include <QCoreApplication>

struct DisplayContext;
class QPrinter;

// What a kiosk customer takes away: the booking, its code (also as a QR code) and how it
// stands with payment.
struct Receipt
{
    QString shopName;
    QString bookingCode;
    QString resourceName;
    QString customerName;
    Period period;
    int quantity = 1;
    Money amount;
    PaymentStatus paymentStatus = PaymentStatus::Unpaid;
};

namespace receipts {

// The receipt as a small HTML page; the QR code is the image resource "qr:code".
QString toHtml(const Receipt &receipt, const DisplayContext &display);
// Prints on `printer`: a real printer, or a PDF when its output file name is set.
void print(const Receipt &receipt, const DisplayContext &display, QPrinter &printer);

} // namespace receipts
