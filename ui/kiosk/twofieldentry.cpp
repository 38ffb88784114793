#include "twofieldentry.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

TwoFieldEntry::TwoFieldEntry(Field first, Field second, OnScreenKeyboard *keyboard, QObject *parent)
    : QObject(parent), m_first(first), m_second(second), m_keyboard(keyboard)
{
    for (QLineEdit *field : {m_first.edit, m_second.edit}) {
        field->installEventFilter(this);
        connect(field, &QLineEdit::returnPressed, this, [this, field]() { advanceFrom(field); });
    }
    connect(m_keyboard, &OnScreenKeyboard::submitted, this, [this]() { advanceFrom(m_keyboard->target()); });
}

QGridLayout *TwoFieldEntry::makeLayout() const
{
    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(24);
    fields->addWidget(m_first.label, 0, 0);
    fields->addWidget(m_first.edit, 1, 0);
    fields->addWidget(m_second.label, 0, 1);
    fields->addWidget(m_second.edit, 1, 1);
    return fields;
}

void TwoFieldEntry::focus(QLineEdit *field)
{
    const Field &chosen = field == m_first.edit ? m_first : m_second;
    m_keyboard->setTarget(chosen.edit);
    if (chosen.keys)
        m_keyboard->setKeyLayout(*chosen.keys);
    else
        m_keyboard->showAlphabet();
    chosen.edit->setFocus();
}

void TwoFieldEntry::advanceFrom(QLineEdit *field)
{
    if (field == m_first.edit)
        focus(m_second.edit);
    else
        Q_EMIT submitRequested();
}

bool TwoFieldEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_first.edit || watched == m_second.edit)) {
        auto *field = static_cast<QLineEdit *>(watched);
        if (m_keyboard->target() != field)
            focus(field);
    }
    return QObject::eventFilter(watched, event);
}
