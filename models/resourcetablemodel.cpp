#include "resourcetablemodel.h"

#include "api/inventoryservice.h"
#include "domain/profile.h"

namespace {
constexpr int PageSize = 200;

QVariant text(int role, const QString &value)
{
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}
} // namespace

ResourceTableModel::ResourceTableModel(InventoryService &inventory, DisplayContext display, QObject *parent)
    : PagedTableModel<Resource>(
        [&inventory](int offset, int limit) { return inventory.page(offset, limit); },
        {
            {tr("Name"), [](const Resource &r, int role) { return text(role, r.data.name); }},
            {tr("Business"),
             [](const Resource &r, int role) { return text(role, profiles::resourceNoun(r.data.profile)); }},
            {tr("Status"), [](const Resource &r, int role) { return text(role, resources::statusName(r.status)); }},
            {tr("Capacity"),
             [](const Resource &r, int role) {
                 if (role == Qt::TextAlignmentRole)
                     return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
                 return role == Qt::DisplayRole ? QVariant(r.data.capacity) : QVariant();
             }},
            {tr("Price"),
             [display](const Resource &r, int role) {
                 if (role == Qt::TextAlignmentRole)
                     return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
                 return text(role, display.money(r.data.price) + u' '
                                       + resources::pricingUnitName(r.data.pricingUnit));
             }},
        },
        PageSize, parent)
{
}
