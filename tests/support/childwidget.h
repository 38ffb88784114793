#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

// The child of `parent` named `name` (an objectName), which a widget test cannot go on
// without: a missing one ends the test run at once with its name.
template<typename T = QWidget>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}
