#pragma once

#include "displaycontext.h"
#include "domain/resource.h"
#include "pagedtablemodel.h"
#include "queries/resourcelistquery.h"
#include "queries/resourcenowquery.h"

#include <QCoreApplication>

class Session;


// The Inventory screen's table: name, the business's telling detail (a car's plate, …), what
// it is doing now (free, reserved, out and until when), status, capacity and price with its
// unit.
// Filtering and sorting happen in SQL (resourcelistquery) on a reader thread, a page at a
// time, so the view can sort ten thousand resources by clicking a header without loading
// them. Reads are role-checked through the Session.
class ResourceListModel final : public PagedTableModel<ResourceRow>
{
    Q_DECLARE_TR_FUNCTIONS(ResourceListModel)

public:
    enum Column { NameColumn, DetailsColumn, NowColumn, StatusColumn, CapacityColumn, PriceColumn };
    enum Roles {
        ResourceIdRole = Qt::UserRole + 1, // QUuid
        StatusRole,                        // int(ResourceStatus)
        VersionRole,                       // int, for updates
    };

    ResourceListModel(Session &session, DisplayContext display, Profile profile, QObject *parent = nullptr);

    // Whether a header click sorts by the column (in SQL); details and "now" are not sorted.
    static bool isSortable(int column);
    static int columnOf(ResourceColumn column);

    ResourceFilter filter() const { return m_filter; }
    // Reloads from the first page when the filter differs.
    void setFilter(const ResourceFilter &filter);
    ResourceOrder order() const { return m_order; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Asks SQL for the new order (a view's header click lands here).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QFuture<Result<QList<ResourceRow>>> load(int offset, int limit);

    Session &m_session;
    ResourceFilter m_filter;
    ResourceOrder m_order;
};
