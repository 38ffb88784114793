#pragma once

#include "displaycontext.h"
#include "domain/resource.h"
#include "pagedtablemodel.h"

#include <QCoreApplication>

class InventoryService;

// The inventory as a table: name, business, status, capacity, price.
class ResourceTableModel final : public PagedTableModel<Resource>
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTableModel)

public:
    ResourceTableModel(InventoryService &inventory, DisplayContext display, QObject *parent = nullptr);
};
