#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A value changed by touch: a caption, the value in large type, and big − and + buttons.
// The owner keeps the value and its limits; the stepper only shows it and reports the steps.
// Children are named <name>Minus, <name>Plus and <name>Value.
class TouchStepper final : public QWidget
{
    Q_OBJECT

public:
    TouchStepper(const QString &name, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value, bool canDecrease, bool canIncrease);
    QString value() const;

Q_SIGNALS:
    void stepped(int delta);

private:
    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QPushButton *m_minus = nullptr;
    QPushButton *m_plus = nullptr;
};
