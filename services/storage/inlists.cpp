#include "storage/inlists.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace inlists {

QList<QList<QUuid>> of(const QSet<QUuid> &ids)
{
    static constexpr qsizetype Lengths[] = {16, 128, 500};
    constexpr qsizetype Longest = Lengths[std::size(Lengths) - 1];
    const QList<QUuid> all = ids.values();
    QList<QList<QUuid>> lists;
    for (qsizetype from = 0; from < all.size(); from += Longest) {
        QList<QUuid> list = all.mid(from, Longest);
        const qsizetype length = *std::find_if(std::begin(Lengths), std::end(Lengths),
                                               [&list](qsizetype l) { return l >= list.size(); });
        while (list.size() < length)
            list.append(list.constLast());
        lists.append(std::move(list));
    }
    return lists;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace inlists
