#include "resourcelistmodel.h"

#include "api/backend.h"
#include "api/session.h"
#include "domain/clock.h"
#include "domain/profile.h"
#include "resourcenowtext.h"

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
    case ResourceListModel::StatusColumn: return ResourceColumn::Status;
    case ResourceListModel::CapacityColumn: return ResourceColumn::Capacity;
    case ResourceListModel::PriceColumn: return ResourceColumn::Price;
    default: return std::nullopt;
    }
}
} // namespace

ResourceListModel::ResourceListModel(Session &session, DisplayContext display, Profile profile, QObject *parent)
    : PagedTableModel<ResourceRow>(
        // Called only after construction, from reload/fetchMore.
        [this](int offset, int limit) { return load(offset, limit); },
        {
            {tr("Name"),
             [display](const ResourceRow &row, int role) {
                 if (role == Qt::ToolTipRole && !row.resource.data.description.isEmpty())
                     return QVariant(row.resource.data.description);
                 // A session by its date and time too (the hall has its own column).
                 const ResourceDraft &d = row.resource.data;
                 return text(role, display.resourceName(d.name, d.profile, d.attributes, false));
             }},
            {ResourceNowText::detailsTitle(profile),
             [](const ResourceRow &row, int role) { return text(role, ResourceNowText::details(row.resource)); }},
            {tr("Now"),
             [display, &session](const ResourceRow &row, int role) {
                 if (role != Qt::DisplayRole && role != Qt::ToolTipRole) // the tooltip: all of it in a narrow column
                     return QVariant();
                 return QVariant(ResourceNowText::describe(row.resource, row.now, display,
                                                           session.backend().clock().nowSecs()));
             }},
            {tr("Status"),
             [](const ResourceRow &row, int role) { return text(role, resources::statusName(row.resource.status)); }},
            {tr("Capacity"), [](const ResourceRow &row, int role) { return number(role, row.resource.data.capacity); }},
            {tr("Price"),
             [display](const ResourceRow &row, int role) {
                 const ResourceDraft &d = row.resource.data;
                 return number(role, QString(display.money(d.price) + u' ' + resources::pricingUnitName(d.pricingUnit)));
             }},
        },
        PageSize, parent),
      m_session(session)
{
}

bool ResourceListModel::isSortable(int column)
{
    return sqlColumn(column).has_value();
}

int ResourceListModel::columnOf(ResourceColumn column)
{
    switch (column) {
    case ResourceColumn::Name: return NameColumn;
    case ResourceColumn::Status: return StatusColumn;
    case ResourceColumn::Capacity: return CapacityColumn;
    case ResourceColumn::Price: return PriceColumn;
    case ResourceColumn::Profile: break; // one business per shop: not a column
    }
    return NameColumn;
}

QFuture<Result<QList<ResourceRow>>> ResourceListModel::load(int offset, int limit)
{
    // Copies: the reader thread must never look at the model.
    const ResourceFilter filter = m_filter;
    const ResourceOrder order = m_order;
    const qint64 now = m_session.backend().clock().nowSecs();
    return m_session.read<QList<ResourceRow>>(
        Action::ManageInventory, [filter, order, offset, limit, now](const QSqlDatabase &db) {
            return resourcenowquery::page(db, filter, order, offset, limit, now);
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
    const Resource &r = rowAt(index.row()).resource;
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
    default: return PagedTableModel<ResourceRow>::data(index, role);
    }
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel<ResourceRow>::roleNames();
    names.insert(ResourceIdRole, "resourceId");
    names.insert(StatusRole, "status");
    names.insert(VersionRole, "version");
    return names;
}
