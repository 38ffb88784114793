#pragma once

#include <QHash>
#include <QString>
#include <QThreadPool>
#include <QVariant>

// The window's remembered layout (geometry, tab, splitters, columns) in the user's settings
// file. The file is read once, when the window is built and before the event loop runs; after
// that every read is from memory and every save goes to a background thread, so the GUI
// thread never waits on the disk while someone works.
class LayoutStore
{
public:
    LayoutStore();
    ~LayoutStore(); // waits for the last save: nothing remembered is lost at exit

    LayoutStore(const LayoutStore &) = delete;
    LayoutStore &operator=(const LayoutStore &) = delete;

    QVariant value(const QString &key) const { return m_values.value(key); }
    void setValue(const QString &key, const QVariant &value);
    // Writes what changed since the last save, after any earlier save.
    void save();

private:
    QHash<QString, QVariant> m_values;
    QHash<QString, QVariant> m_unsaved;
    QThreadPool m_writer; // one thread: saves land in the order they were asked for
};
