#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QStackedLayout;

// The kiosk's own touch keyboard, for machines without Qt Virtual Keyboard: digits (phone,
// PIN), the characters of a booking code (digits, A–F, dash) or letters (names). Its keys
// never take the focus; they type into the target line edit at its cursor. Each layout is a
// panel of its own (named "digits", "code", "letters"), built once: switching layouts while a
// key's click is being handled must not delete that key.
class OnScreenKeyboard final : public QWidget
{
    Q_OBJECT

public:
    enum class Layout { Digits, Code, Letters };

    explicit OnScreenKeyboard(Layout layout, QWidget *parent = nullptr);

    void setKeyLayout(Layout layout);
    Layout keyLayout() const { return m_layout; }
    void setTarget(QLineEdit *target);
    QLineEdit *target() const { return m_target; }
    void retranslate();

Q_SIGNALS:
    // The OK key: the step's next action.
    void submitted();

private:
    QWidget *panel(Layout layout);
    QWidget *buildPanel(Layout layout);
    void type(const QString &text);

    Layout m_layout;
    QPointer<QLineEdit> m_target;
    QStackedLayout *m_stack = nullptr;
    QList<QWidget *> m_panels{nullptr, nullptr, nullptr};
};
