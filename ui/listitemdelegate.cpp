#include "listitemdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

// Several full screens of distinct texts; beyond that the cache starts over, which
// costs one repaint's shaping.
constexpr qsizetype MaxShapedTexts = 1'500;

// Whether the style has anything to draw under the text: a selection, focus, hover (some
// platforms' styles show it), a background of the model's, a check box or an icon. A plain
// cell has none, and asking the style anyway costs it three layouts of the cell: a third of
// a full list's repaint.
bool needsStyle(const QStyleOptionViewItem &cell)
{
    constexpr QStyle::State Marked = QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver;
    constexpr QStyleOptionViewItem::ViewItemFeatures Drawn =
        QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    return (cell.state & Marked) || (cell.features & Drawn) || cell.backgroundBrush.style() != Qt::NoBrush;
}

} // namespace

void ListItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear(); // the style draws everything but the text
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (needsStyle(cell))
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // Without icon or check box the style gives the text the whole cell less its margins;
    // asking the style (SE_ItemViewItemText) would lay the text out once more.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText &line = shaped(cell, text, area.size());
    const QSizeF size = line.size();
    const Qt::Alignment align = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    qreal x = area.left();
    if (align & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    const qreal y = area.top() + (area.height() - size.height()) / 2;

    const bool enabled = cell.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
    const bool selected = cell.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), line);
    painter->restore();
}

QString ListItemDelegate::fitted(const QFont &font, const QString &text, int width, int lines, Qt::TextElideMode mode)
{
    const QFontMetrics metrics(font);
    if (lines < 2 || metrics.horizontalAdvance(text) <= width)
        return metrics.elidedText(text, mode, width);
    QTextLayout layout(text, font);
    QStringList shown;
    layout.beginLayout();
    int start = 0;
    while (shown.size() < lines - 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        shown << text.mid(line.textStart(), line.textLength()).trimmed();
        start = line.textStart() + line.textLength();
    }
    layout.endLayout();
    const QString rest = text.mid(start).trimmed();
    if (!rest.isEmpty())
        shown << metrics.elidedText(rest, Qt::ElideRight, width);
    return shown.join(QChar::LineSeparator);
}

const QStaticText &ListItemDelegate::shaped(const QStyleOptionViewItem &cell, const QString &text, QSize area) const
{
    if (cell.font != m_shapedFont || m_shaped.size() >= MaxShapedTexts) {
        m_shaped.clear();
        m_shapedFont = cell.font;
    }
    const ShapedKey key{text, area};
    auto found = m_shaped.find(key);
    if (found != m_shaped.end())
        return *found;
    const int lines = std::max(1, area.height() / cell.fontMetrics.lineSpacing());
    QStaticText line(fitted(cell.font, text, area.width(), lines, cell.textElideMode));
    line.setTextFormat(Qt::PlainText);
    line.prepare(QTransform(), cell.font);
    return *m_shaped.insert(key, line);
}
