#pragma once

#include <QString>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

// The kiosk's look: read from a step away and touched with a finger. Large type (22 pt, titles
// larger), buttons at least 64 px high, and a high-contrast variant (yellow and white on black)
// for customers who see poorly. Applied once to the window; the steps only pick roles.
namespace kioskstyle {

constexpr int MinTouchHeight = 64;
constexpr int BodyPointSize = 22;

QString styleSheet(bool highContrast);
// A touch button; `primary` buttons (the step's main action) stand out.
QPushButton *button(const QString &objectName, QWidget *parent, bool primary = false);
// The row at the foot of a step: going back on the left, going on at the right.
QHBoxLayout *backAndNextRow(QWidget *back, QWidget *next);
// Little padding, for keyboard keys and rows of many choices.
void setCompact(QPushButton *button);
// A button twice as high, for a step's few big choices (book / find, card / counter).
void setLarge(QPushButton *button);
// Makes an existing button stand out or not (e.g. "Pay at the counter" after a card failed).
void setPrimary(QPushButton *button, bool primary);
QLabel *title(const QString &objectName, QWidget *parent);
QLabel *text(const QString &objectName, QWidget *parent);
// Sets a button's text and the same words (without '&') as its accessible name.
void setText(QPushButton *button, const QString &text);

} // namespace kioskstyle
