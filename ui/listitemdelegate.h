#pragma once

#include <QStyledItemDelegate>

// Paints a list cell the cheap way: the style draws the background, selection and focus,
// and the text is one elided line drawn directly. Qt's default delegate lays every cell's
// text out with QTextLayout, which made one repaint of a full Bookings screen cost 8–10 ms
// of the GUI thread's 16 ms frame. Read-only lists only: no editors, icons or check boxes.
class ListItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
