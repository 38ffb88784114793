#include "layoutstore.h"

#include <QSettings>

LayoutStore::LayoutStore()
{
    const QSettings settings;
    for (const QString &key : settings.allKeys())
        m_values.insert(key, settings.value(key));
    m_writer.setMaxThreadCount(1);
}

LayoutStore::~LayoutStore()
{
    save();
    m_writer.waitForDone();
}

void LayoutStore::setValue(const QString &key, const QVariant &value)
{
    if (m_values.value(key) == value)
        return;
    m_values.insert(key, value);
    m_unsaved.insert(key, value);
}

void LayoutStore::save()
{
    if (m_unsaved.isEmpty())
        return;
    m_writer.start([changes = std::exchange(m_unsaved, {})]() {
        QSettings settings;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
    });
}
