#pragma once

#include <QString>

class QWidget;

// "Save as" for the files RentalDesk writes (backups, exports): suggests a dated name in the
// folder used last time for the same kind of file (the Documents folder at first) and
// remembers the folder chosen.
namespace savefilechooser {

// `namePattern` has %1 where today's date goes ("bookings-%1.csv"); `settingsKey` names the
// kind of file. Empty when the person changed their mind.
QString ask(QWidget *parent, const QString &title, const QString &settingsKey, const QString &namePattern,
            const QString &filter);

} // namespace savefilechooser
