#pragma once

#include "onscreenkeyboard.h"

#include <QObject>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;

// Two fields side by side over the kiosk's on-screen keyboard (name and phone, booking code
// and phone). Touching a field points the keyboard at it with that field's keys; Return, or
// the keyboard's Enter, moves from the first field to the second and from the second asks
// the page to go on.
class TwoFieldEntry final : public QObject
{
    Q_OBJECT

public:
    struct Field
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        std::optional<OnScreenKeyboard::Layout> keys; // none: the alphabet the customer chose
    };

    TwoFieldEntry(Field first, Field second, OnScreenKeyboard *keyboard, QObject *parent);

    // The labels over their fields, for the page's layout to take.
    QGridLayout *makeLayout() const;
    void focus(QLineEdit *field);
    void focusFirst() { focus(m_first.edit); }

Q_SIGNALS:
    void submitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void advanceFrom(QLineEdit *field);

    Field m_first;
    Field m_second;
    OnScreenKeyboard *m_keyboard;
};
