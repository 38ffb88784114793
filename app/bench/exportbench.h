#pragma once

#include "dataset.h"

#include <QJsonObject>

// Exporting the whole Bookings list (every one of the million bookings, in the list's default
// order) to a CSV file, as Export… under the list does: rows per second, the file's size, and
// how much the process grew meanwhile (the export reads a chunk at a time, never the lot).
class ExportBench final
{
public:
    ExportBench(const Dataset &dataset, QString folder);

    Result<QJsonObject> run();

private:
    const Dataset &m_dataset;
    QString m_folder;
};
