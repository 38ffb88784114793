#include "kioskstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace kioskstyle {
namespace {
constexpr auto PrimaryProperty = "kioskPrimary";
}

QString styleSheet(bool highContrast)
{
    // Sizes first, then colours: the two variants differ only in colour.
    QString sheet = QStringLiteral(
        "KioskWindow { font-size: %1pt; }"
        "QLabel, QLineEdit, QTableView, QPushButton { font-size: %1pt; }"
        "QLabel[kioskTitle=\"true\"] { font-size: 34pt; font-weight: bold; }"
        "QPushButton { min-height: %2px; min-width: %2px; padding: 4px 20px; border-radius: 10px; }"
        "QPushButton[kioskCompact=\"true\"] { padding: 4px; }"
        "QPushButton[kioskLarge=\"true\"] { min-height: %3px; font-size: 28pt; }"
        "QLineEdit { min-height: %2px; padding: 0 12px; }"
        "QTableView::item { padding: 8px 16px; }"
        "QHeaderView::section { font-size: 18pt; padding: 6px 16px; }"
        "QLabel#idleCountdown { font-weight: bold; padding: 8px; border-radius: 10px; }")
                        .arg(BodyPointSize)
                        .arg(MinTouchHeight)
                        .arg(MinTouchHeight * 2);
    if (highContrast) {
        sheet += QStringLiteral(
            "KioskWindow, KioskWindow QWidget { background: black; color: white; }"
            "QLabel[kioskTitle=\"true\"] { color: yellow; }"
            "QPushButton { background: black; color: yellow; border: 3px solid yellow; }"
            "QPushButton[kioskPrimary=\"true\"] { background: yellow; color: black; }"
            "QPushButton:disabled { color: #808080; border-color: #808080; }"
            "QLineEdit, QTableView { background: black; color: white; border: 3px solid white; }"
            "QTableView { selection-background-color: yellow; selection-color: black; }"
            "QLabel#idleCountdown { background: yellow; color: black; }");
    } else {
        sheet += QStringLiteral(
            "KioskWindow { background: #f4f6f8; }"
            "QPushButton { background: white; color: #123; border: 2px solid #1f5fa8; }"
            "QPushButton[kioskPrimary=\"true\"] { background: #1f5fa8; color: white; }"
            "QPushButton:disabled { color: #999; border-color: #bbb; background: #eee; }"
            "QLineEdit { background: white; border: 2px solid #567; border-radius: 6px; }"
            "QTableView { background: white; selection-background-color: #1f5fa8; selection-color: white; }"
            "QLabel#idleCountdown { background: #ffd54f; color: black; }");
    }
    return sheet;
}

QHBoxLayout *backAndNextRow(QWidget *back, QWidget *next)
{
    auto *row = new QHBoxLayout;
    row->addWidget(back);
    row->addStretch();
    row->addWidget(next);
    return row;
}

QPushButton *button(const QString &objectName, QWidget *parent, bool primary)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setMinimumHeight(MinTouchHeight);
    b->setAutoDefault(false);
    // Touched, never tabbed to: the text field keeps the focus (and the on-screen keyboard its
    // target) when a button is pressed or turns disabled.
    b->setFocusPolicy(Qt::NoFocus);
    setPrimary(b, primary);
    return b;
}

void setCompact(QPushButton *button)
{
    button->setProperty("kioskCompact", true);
    button->style()->unpolish(button); // as in setPrimary
    button->style()->polish(button);
}

void setLarge(QPushButton *button)
{
    button->setProperty("kioskLarge", true);
    button->setMinimumHeight(MinTouchHeight * 2);
}

void setPrimary(QPushButton *button, bool primary)
{
    if (button->property(PrimaryProperty).toBool() == primary && button->property(PrimaryProperty).isValid())
        return;
    button->setProperty(PrimaryProperty, primary);
    // Style sheets read dynamic properties when the widget is polished.
    button->style()->unpolish(button);
    button->style()->polish(button);
}

QLabel *title(const QString &objectName, QWidget *parent)
{
    auto *label = text(objectName, parent);
    label->setProperty("kioskTitle", true);
    return label;
}

QLabel *text(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setText(QPushButton *button, const QString &text)
{
    button->setText(text);
    button->setAccessibleName(QString(text).remove(u'&'));
}

} // namespace kioskstyle
