#include "onscreenkeyboard.h"

#include "hangulcomposer.h"
#include "kioskstyle.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedLayout>

namespace {

// Rows of keys; a last row adds the special keys.
QStringList rowsFor(OnScreenKeyboard::Layout layout)
{
    switch (layout) {
    case OnScreenKeyboard::Layout::Digits:
        return {QStringLiteral("123"), QStringLiteral("456"), QStringLiteral("789"), QStringLiteral("0")};
    case OnScreenKeyboard::Layout::Code:
        return {QStringLiteral("123456"), QStringLiteral("7890AB"), QStringLiteral("CDEF-")};
    case OnScreenKeyboard::Layout::Letters:
        return {QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL'"), QStringLiteral("ZXCVBNM-.")};
    case OnScreenKeyboard::Layout::Hangul: // the two-set layout, with its shifted keys on the right
        return {QStringLiteral("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅃ"), QStringLiteral("ㅁㄴㅇㄹㅎㅗㅓㅏㅣㅒㅉ"),
                QStringLiteral("ㅋㅌㅊㅍㅠㅜㅡㄲㄸㅆㅖ")};
    }
    return {};
}

QString panelName(OnScreenKeyboard::Layout layout)
{
    switch (layout) {
    case OnScreenKeyboard::Layout::Digits: return QStringLiteral("digits");
    case OnScreenKeyboard::Layout::Code: return QStringLiteral("code");
    case OnScreenKeyboard::Layout::Letters: return QStringLiteral("letters");
    case OnScreenKeyboard::Layout::Hangul: return QStringLiteral("hangul");
    }
    return {};
}

QPushButton *key(QWidget *panel, const QString &objectName)
{
    auto *button = kioskstyle::button(objectName, panel); // takes no focus: the line edit keeps its cursor
    kioskstyle::setCompact(button);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(Layout layout, QWidget *parent) : QWidget(parent), m_layout(layout)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->setCurrentWidget(panel(layout));
}

void OnScreenKeyboard::setKeyLayout(Layout layout)
{
    m_layout = layout;
    m_stack->setCurrentWidget(panel(layout));
}

void OnScreenKeyboard::setTarget(QLineEdit *target)
{
    m_target = target;
}

QWidget *OnScreenKeyboard::panel(Layout layout)
{
    QWidget *&built = m_panels[int(layout)];
    if (!built) {
        built = buildPanel(layout);
        m_stack->addWidget(built);
        retranslate();
    }
    return built;
}

QWidget *OnScreenKeyboard::buildPanel(Layout layout)
{
    auto *panel = new QWidget(this);
    panel->setObjectName(panelName(layout));
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QStringList rows = rowsFor(layout);
    int columns = 0;
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            const QString text = rows[row].mid(column, 1);
            auto *button = key(panel, QStringLiteral("key_") + text);
            button->setText(text);
            button->setAccessibleName(text);
            connect(button, &QPushButton::clicked, this, [this, text]() { type(text); });
            grid->addWidget(button, row, column);
        }
        columns = std::max(columns, int(rows[row].size()));
    }
    // The special keys: on the digit pad beside the 0, elsewhere on a row of their own.
    const bool digits = layout == Layout::Digits;
    const int row = digits ? int(rows.size()) - 1 : int(rows.size());
    int column = digits ? 1 : 0;
    if (layout == Layout::Letters || layout == Layout::Hangul) {
        auto *alphabet = key(panel, QStringLiteral("key_alphabet"));
        connect(alphabet, &QPushButton::clicked, this, &OnScreenKeyboard::switchAlphabet);
        grid->addWidget(alphabet, row, column, 1, 2);
        column += 2;
        auto *space = key(panel, QStringLiteral("key_space"));
        connect(space, &QPushButton::clicked, this, [this]() { type(QStringLiteral(" ")); });
        grid->addWidget(space, row, column, 1, 4);
        column += 4;
    }
    auto *backspace = key(panel, QStringLiteral("key_backspace"));
    connect(backspace, &QPushButton::clicked, this, &OnScreenKeyboard::eraseBeforeCursor);
    grid->addWidget(backspace, row, column, 1, 2);
    column += 2;
    if (!digits) {
        auto *enter = key(panel, QStringLiteral("key_enter"));
        connect(enter, &QPushButton::clicked, this, &OnScreenKeyboard::submitted);
        grid->addWidget(enter, row, column, 1, std::max(1, columns - column));
    }
    return panel;
}

void OnScreenKeyboard::retranslate()
{
    for (QWidget *built : std::as_const(m_panels)) {
        if (!built)
            continue;
        if (auto *space = built->findChild<QPushButton *>(QStringLiteral("key_space")))
            kioskstyle::setText(space, tr("Space"));
        if (auto *backspace = built->findChild<QPushButton *>(QStringLiteral("key_backspace")))
            kioskstyle::setText(backspace, tr("⌫ Delete"));
        if (auto *enter = built->findChild<QPushButton *>(QStringLiteral("key_enter")))
            kioskstyle::setText(enter, tr("OK"));
        if (auto *alphabet = built->findChild<QPushButton *>(QStringLiteral("key_alphabet"))) {
            // Named by the alphabet it switches to, in that alphabet.
            const bool toHangul = built->objectName() == panelName(Layout::Letters);
            kioskstyle::setText(alphabet, toHangul ? QStringLiteral("한글") : QStringLiteral("ABC"));
            alphabet->setAccessibleName(toHangul ? tr("Type in Hangul") : tr("Type in Latin letters"));
        }
    }
}

void OnScreenKeyboard::switchAlphabet()
{
    m_alphabet = m_layout == Layout::Hangul ? Layout::Letters : Layout::Hangul;
    setKeyLayout(m_alphabet);
}

void OnScreenKeyboard::apply(const hangulcomposer::Edit &edit)
{
    const int cursor = m_target->cursorPosition();
    m_target->setSelection(cursor - edit.remove, edit.remove);
    m_target->insert(edit.insert);
}

void OnScreenKeyboard::eraseBeforeCursor()
{
    if (!m_target)
        return;
    if (m_layout == Layout::Hangul) // one jamo at a time: 간 → 가 → ㄱ
        apply(hangulcomposer::backspace(m_target->text().left(m_target->cursorPosition())));
    else
        m_target->backspace();
}

void OnScreenKeyboard::type(const QString &text)
{
    if (!m_target)
        return;
    if (m_layout == Layout::Hangul && text.size() == 1) {
        apply(hangulcomposer::type(m_target->text().left(m_target->cursorPosition()), text.front()));
        return;
    }
    // Names read better in mixed case: capitals start words, the rest is lower case.
    QString typed = text;
    if (m_layout == Layout::Letters) {
        const QString before = m_target->text().left(m_target->cursorPosition());
        const bool startsWord = before.isEmpty() || before.back() == u' ' || before.back() == u'-';
        typed = startsWord ? text.toUpper() : text.toLower();
    }
    m_target->insert(typed);
}
