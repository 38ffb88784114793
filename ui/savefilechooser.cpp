#include "savefilechooser.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace savefilechooser {

QString ask(QWidget *parent, const QString &title, const QString &settingsKey, const QString &namePattern,
            const QString &filter)
{
    const QString folder =
        QSettings().value(settingsKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = QDir(folder).filePath(namePattern.arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (!path.isEmpty())
        QSettings().setValue(settingsKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace savefilechooser
