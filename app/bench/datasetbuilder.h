#pragma once

#include "benchscale.h"
#include "cataloguegenerator.h"
#include "dataset.h"
#include "domain/resource.h"

#include <QSqlDatabase>

// Creates the benchmark database the way an import tool would: the schema through the
// migrations, then resources, customers and the booking history written through the
// storage layer (reservationrepository::insertMany) in one transaction. The insert of the
// bookings is what bulk_import measures.
class DatasetBuilder final
{
public:
    DatasetBuilder(const QString &path, const BenchScale &scale);

    Result<ImportFigures> build();
    const Dataset &dataset() const { return m_dataset; }
    Dataset &dataset() { return m_dataset; }

private:
    Result<void> buildOn(QSqlDatabase &db, ImportFigures &figures);
    Result<QList<Resource>> insertResources(const QSqlDatabase &db);
    Result<void> insertCustomers(const QSqlDatabase &db);
    Result<void> insertReservations(const QSqlDatabase &db, const QList<Resource> &resources,
                                    ImportFigures &figures);

    BenchScale m_scale;
    Dataset m_dataset;
    CatalogueGenerator m_catalogue;
};
