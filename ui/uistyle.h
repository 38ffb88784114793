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
// The label keeps room for `lines` lines, shown or hidden, with or without text: a problem
// that appears under a field moves no field or button under the user's pointer.
void reserveLines(QLabel *label, int lines);
// makeErrorLabel with one line reserved: the message under a form's field.
QLabel *makeFieldErrorLabel(QWidget *parent, const QString &objectName);
// A read-only list: whole rows, one at a time, alternating colours, compact fixed rows,
// no row numbers, no word wrap, and a delegate that paints plain text cheaply.
void setUpListTable(QTableView *view);
// Rows `lines` lines high (still all one height: fast at a million rows), for lists whose
// texts are long, such as a session's name, date, time and hall: they wrap instead of being cut.
void setRowLines(QTableView *view, int lines);

} // namespace uistyle
