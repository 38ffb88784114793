#include "benchreport.h"

#include <QJsonDocument>

#include <cmath>

void BenchReport::print(const QJsonObject &figures)
{
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    m_out << figures.value(QStringLiteral("bench")).toString();
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (it.key() == QLatin1StringView("bench"))
            continue;
        const QJsonValue value = it.value();
        const QString text = value.isString() ? value.toString()
                             : value.isObject()
                                 ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                 : QString::number(value.toDouble(), 'g', 12);
        m_out << u' ' << it.key() << u'=' << text;
    }
    m_out << Qt::endl;
}

double BenchReport::rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}
