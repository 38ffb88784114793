#include "resourcelistmodel.h"

#include "api/session.h"
#include "domain/profile.h"

#include <QFont>

namespace {
constexpr int PageSize = 200;

QVariant text(int role, const QString &value)
{
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

QVariant number(int role, const QVariant &value)
{
    if (role == Qt::TextAlignmentRole)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return role == Qt::DisplayRole ? value : QVariant();
}

std::optional<ResourceColumn> sqlColumn(int column)
{
    switch (column) {
    case ResourceListModel::NameColumn: return ResourceColumn::Name;
    case ResourceListModel::ProfileColumn: return ResourceColumn::Profile;
    case ResourceListModel::StatusColumn: return ResourceColumn::Status;
    case ResourceListModel::CapacityColumn: return ResourceColumn::Capacity;
    case ResourceListModel::PriceColumn: return ResourceColumn::Price;
    default: return std::nullopt;
    }
}
} // namespace

ResourceListModel::ResourceListModel(Session &session, DisplayContext display, QObject *parent)
    : PagedTableModel<Resource>(
        // Called only after construction, from reload/fetchMore.
        [this](int offset, int limit) { return load(offset, limit); },
        {
            {tr("Name"),
             [](const Resource &r, int role) {
                 if (role == Qt::ToolTipRole && !r.data.description.isEmpty())
                     return QVariant(r.data.description);
                 return text(role, r.data.name);
             }},
            {tr("Business"),
             [](const Resource &r, int role) { return text(role, profiles::resourceNoun(r.data.profile)); }},
            {tr("Status"), [](const Resource &r, int role) { return text(role, resources::statusName(r.status)); }},
            {tr("Capacity"), [](const Resource &r, int role) { return number(role, r.data.capacity); }},
            {tr("Price"),
             [display](const Resource &r, int role) {
                 return number(role, QString(display.money(r.data.price) + u' '
                                                 + resources::pricingUnitName(r.data.pricingUnit)));
             }},
        },
        PageSize, parent),
      m_session(session)
{
}

QFuture<Result<QList<Resource>>> ResourceListModel::load(int offset, int limit)
{
    // Copies: the reader thread must never look at the model.
    const ResourceFilter filter = m_filter;
    const ResourceOrder order = m_order;
    return m_session.read<QList<Resource>>(Action::ManageInventory,
                                           [filter, order, offset, limit](const QSqlDatabase &db) {
                                               return resourcelistquery::page(db, filter, order, offset, limit);
                                           });
}

void ResourceListModel::setFilter(const ResourceFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ResourceListModel::sort(int column, Qt::SortOrder order)
{
    const auto sqlOrder = sqlColumn(column);
    if (!sqlOrder)
        return;
    const ResourceOrder wanted{*sqlOrder, order == Qt::DescendingOrder};
    if (wanted == m_order)
        return;
    m_order = wanted;
    reload();
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource &r = rowAt(index.row());
    switch (role) {
    case ResourceIdRole: return QVariant::fromValue(r.id);
    case StatusRole: return int(r.status);
    case VersionRole: return r.version;
    case Qt::FontRole:
        // Retired ones stay visible on request but should not look bookable.
        if (r.status == ResourceStatus::Retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return PagedTableModel<Resource>::data(index, role);
    }
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel<Resource>::roleNames();
    names.insert(ResourceIdRole, "resourceId");
    names.insert(StatusRole, "status");
    names.insert(VersionRole, "version");
    return names;
}
