#pragma once

#include <QImage>
#include <QString>

// A QR code of `text` (libqrencode, error correction M), black on white with the quiet zone
// the standard asks for, each module `moduleSize` pixels. A null image when it cannot be made.
namespace qrcodeimage {
QImage render(const QString &text, int moduleSize = 8);
}
