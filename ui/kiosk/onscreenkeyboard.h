#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QWidget>

namespace hangulcomposer {
struct Edit;
}
class QPushButton;
class QStackedLayout;

// The kiosk's own touch keyboard, for machines without Qt Virtual Keyboard: digits (phone,
// PIN), the characters of a booking code (digits, A–F, dash), Latin letters or Hangul
// (names; a key switches between the two, and Hangul jamo compose into syllables as they
// are typed, see hangulcomposer). Its keys
// never take the focus; they type into the target line edit at its cursor. Each layout is a
// panel of its own (named "digits", "code", "letters", "hangul"), built once: switching layouts while a
// key's click is being handled must not delete that key.
class OnScreenKeyboard final : public QWidget
{
    Q_OBJECT

public:
    enum class Layout { Digits, Code, Letters, Hangul };

    explicit OnScreenKeyboard(Layout layout, QWidget *parent = nullptr);

    void setKeyLayout(Layout layout);
    // Letters or Hangul, whichever the customer used last (Letters at first).
    void showAlphabet() { setKeyLayout(m_alphabet); }
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
    void eraseBeforeCursor();
    void apply(const hangulcomposer::Edit &edit);
    // Letters ⇄ Hangul.
    void switchAlphabet();

    Layout m_layout;
    Layout m_alphabet = Layout::Letters;
    QPointer<QLineEdit> m_target;
    QStackedLayout *m_stack = nullptr;
    QList<QWidget *> m_panels{nullptr, nullptr, nullptr, nullptr};
};
