#include "domain/ids.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace ids {

QUuid newId()
{
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint32 random2 = QRandomGenerator::global()->generate();

    const uint l = uint(millis >> 16);
    const ushort w1 = ushort(millis & 0xffff);
    const ushort w2 = ushort(0x7000 | (random2 & 0x0fff)); // version 7
    uchar b[8];
    b[0] = uchar(0x80 | ((random >> 56) & 0x3f)); // RFC 4122 variant
    for (int i = 1; i < 8; ++i)
        b[i] = uchar(random >> (8 * (7 - i)));
    return QUuid(l, w1, w2, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
}

QString toText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid fromText(const QString &text)
{
    return QUuid::fromString(text);
}

} // namespace ids
