#include "kioskkeyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

KioskKeyFilter::KioskKeyFilter(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool KioskKeyFilter::isEscapeRoute(const QKeyEvent &event)
{
    const int key = event.key();
    const Qt::KeyboardModifiers mods = event.modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Escape || key == Qt::Key_Close || key == Qt::Key_Exit || key == Qt::Key_Back)
        return true;
    if (mods & Qt::AltModifier) {
        if (key == Qt::Key_F4 || key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Space)
            return true;
    }
    if (mods & (Qt::ControlModifier | Qt::MetaModifier)) {
        if (key == Qt::Key_Q || key == Qt::Key_W || key == Qt::Key_F4 || key == Qt::Key_M || key == Qt::Key_H
            || key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return true;
    }
    return key == Qt::Key_Meta || key == Qt::Key_Super_L || key == Qt::Key_Super_R;
}

bool KioskKeyFilter::isStaffSequence(const QKeyEvent &event)
{
    const auto mods = event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier);
    return event.key() == Qt::Key_K && mods == (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
}

bool KioskKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (type == QEvent::KeyPress || type == QEvent::ShortcutOverride || type == QEvent::KeyRelease) {
        const auto &key = static_cast<const QKeyEvent &>(*event);
        if (isStaffSequence(key)) {
            // A key press reaches several objects (shortcut override, then the focus widget and
            // its parents): report it once.
            if (type == QEvent::KeyPress && !key.isAutoRepeat())
                Q_EMIT staffSequence();
            event->accept();
            return true;
        }
        if (isEscapeRoute(key)) {
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
