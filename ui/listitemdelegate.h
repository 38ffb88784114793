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

private:
    const QStaticText &shaped(const QStyleOptionViewItem &cell, const QString &text, int width) const;

    mutable QHash<std::pair<QString, int>, QStaticText> m_shaped;
    mutable QFont m_shapedFont; // the font m_shaped was made with
};
