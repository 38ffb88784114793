#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a list cell the cheap way: the style draws the background, selection and focus
// (and is not asked for a plain cell, which has none), and the text is one elided line drawn
// directly. Qt's default delegate lays every cell's
// text out with QTextLayout, which made one repaint of a full Bookings screen cost 8–10 ms
// of the GUI thread's 16 ms frame. Read-only lists only: no editors, icons or check boxes.
// In rows high enough for several lines (uistyle::setRowLines) a text too long for one line
// wraps onto them.
//
// Lists repaint the same few hundred texts over and over (a reload during an import repaints
// the whole screen several times a second), so each text is shaped and elided once for its
// column width and kept as a QStaticText.
class ListItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text as a cell `width` pixels wide and `lines` lines high shows it: on one line, or
    // wrapped onto the lines there are (QChar::LineSeparator between them), with "…" only
    // where even those are not enough.
    static QString fitted(const QFont &font, const QString &text, int width, int lines,
                          Qt::TextElideMode mode = Qt::ElideRight);

private:
    const QStaticText &shaped(const QStyleOptionViewItem &cell, const QString &text, QSize area) const;

    struct ShapedKey
    {
        QString text;
        QSize area;
        friend bool operator==(const ShapedKey &, const ShapedKey &) = default;
        friend size_t qHash(const ShapedKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.area.width(), key.area.height());
        }
    };
    mutable QHash<ShapedKey, QStaticText> m_shaped;
    mutable QFont m_shapedFont; // the font m_shaped was made with
};
