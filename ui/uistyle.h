#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

// The few looks every screen shares, kept in one place so the screens stay alike.
namespace uistyle {

// Red text for something that went wrong (readable on light and dark themes).
QString errorStyleSheet();
// A word-wrapping error label, hidden until a problem is shown in it.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
// A read-only list: whole rows, one at a time, alternating colours, compact fixed rows,
// no row numbers, no word wrap, and a delegate that paints plain text cheaply.
void setUpListTable(QTableView *view);
// Rows `lines` lines high (still all one height: fast at a million rows), for lists whose
// texts are long, such as a session's name, date, time and hall: they wrap instead of being cut.
void setRowLines(QTableView *view, int lines);

} // namespace uistyle
