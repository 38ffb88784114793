#include "inventorypage.h"

#include "api/session.h"
#include "resourceeditordialog.h"
#include "resourcelistmodel.h"
#include "retireconfirmation.h"
#include "uistyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int SearchDelayMs = 250;
constexpr int ReloadDelayMs = 100;

// Status filter entries: a status, or one of these.
// The "Now" column's times are in minutes: read again once a minute.
constexpr int NowRefreshMs = 60'000;
constexpr int AllButRetired = -1;
constexpr int Everything = -2;
} // namespace

InventoryPage::InventoryPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context),
      m_model(new ResourceListModel(session, context.display, context.profile, this)), m_table(new QTableView(this)),
      m_searchDelay(new QTimer(this)), m_reloadDelay(new QTimer(this)),
      m_clockTick(new QTimer(this)), m_message(new QLabel(this))
{
    auto *title = new QLabel(profiles::resourcesNoun(context.profile), this);
    title->setObjectName(QStringLiteral("inventoryTitle"));
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    title->setFont(large);

    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setAccessibleName(profiles::resourcesNoun(context.profile));
    m_table->setModel(m_model);
    uistyle::setUpListTable(m_table);
    // The name takes the room that is left; the other columns keep their width.
    m_table->horizontalHeader()->setSectionResizeMode(ResourceListModel::NameColumn, QHeaderView::Stretch);
    // A session's name, date and time, and its hall, are long (more so in Korean): two lines.
    const bool sessions = context.profile == Profile::Exhibition;
    if (sessions)
        uistyle::setRowLines(m_table, 2);
    const QList<int> widths{260, sessions ? 150 : 110, sessions ? 240 : 320, 90, 70, 120};
    for (int column = 0; column < widths.size(); ++column)
        m_table->horizontalHeader()->resizeSection(column, widths.at(column));
    m_table->horizontalHeader()->setSortIndicator(ResourceListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // header clicks reach ResourceListModel::sort → SQL
    // The arrow stays on the order the list is in: a click on a column that does not sort
    // (details, now) leaves it where it was.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (ResourceListModel::isSortable(column))
            return;
        const ResourceOrder order = m_model->order();
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(ResourceListModel::columnOf(order.column),
                                                      order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });

    m_message->setObjectName(QStringLiteral("inventoryMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Inventory message"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(makeFilters());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(makeButtons());

    // Enter and double-click edit; Delete retires (after asking).
    m_editAction = new QAction(tr("Edit"), m_table);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_editAction);
    connect(m_editAction, &QAction::triggered, this, &InventoryPage::editSelected);
    m_retireAction = new QAction(tr("Retire"), m_table);
    m_retireAction->setShortcut(QKeySequence::Delete);
    m_retireAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_retireAction);
    connect(m_retireAction, &QAction::triggered, this, &InventoryPage::retireSelected);
    connect(m_table, &QTableView::doubleClicked, this, &InventoryPage::editSelected);
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const auto current = selected();
        m_selectedId = current ? current->id : QUuid();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InventoryPage::restoreSelection);
    connect(&m_session.backend().executor(), &CommandExecutor::changed, this, &InventoryPage::onChanged);

    if (!m_session.can(Action::ManageInventory))
        showMessage(roles::check(m_session.user().role, Action::ManageInventory).error().message, true);
    const ResourceFilter before = m_model->filter();
    applyFilter();
    if (m_model->filter() == before)
        m_model->reload(); // setFilter loads only when the filter changed
    updateActions();
    setFocusProxy(m_search);
}

QWidget *InventoryPage::makeFilters()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Name or description"));
    m_search->setClearButtonEnabled(true);
    m_profileFilter = new QComboBox(box);
    m_profileFilter->setObjectName(QStringLiteral("inventoryProfile"));
    m_profileFilter->setAccessibleName(tr("Business"));
    m_profileFilter->addItem(tr("All businesses"), -1);
    for (Profile p : profiles::all())
        m_profileFilter->addItem(profiles::displayName(p), int(p));
    m_profileFilter->setCurrentIndex(m_profileFilter->findData(int(m_context.profile)));
    m_statusFilter = new QComboBox(box);
    m_statusFilter->setObjectName(QStringLiteral("inventoryStatus"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All but retired"), AllButRetired);
    for (ResourceStatus s : {ResourceStatus::Active, ResourceStatus::Maintenance, ResourceStatus::Retired})
        if (s != ResourceStatus::Maintenance || hasMaintenance())
            m_statusFilter->addItem(resources::statusName(s), int(s));
    m_statusFilter->addItem(tr("All, retired too"), Everything);

    const QList<std::pair<QString, QWidget *>> fields{
        {tr("&Search:"), m_search}, {tr("B&usiness:"), m_profileFilter}, {tr("St&atus:"), m_statusFilter}};
    for (const auto &[caption, field] : fields) {
        auto *label = new QLabel(caption, box);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, field == m_search ? 2 : 0);
        // A shop runs one business: its list is that business's, with nothing to choose.
        if (field == m_profileFilter) {
            label->hide();
            field->hide();
        }
    }

    // Typing waits for a pause so that every keystroke does not start a query.
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(ReloadDelayMs);
    connect(m_reloadDelay, &QTimer::timeout, m_model, [this]() { m_model->reload(); });
    m_clockTick->setObjectName(QStringLiteral("nowRefresh"));
    m_clockTick->setInterval(NowRefreshMs);
    connect(m_clockTick, &QTimer::timeout, this, [this]() {
        if (isVisible() && !m_reloadDelay->isActive())
            m_reloadDelay->start();
    });
    m_clockTick->start();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InventoryPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &InventoryPage::applyFilter);
    connect(m_profileFilter, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilter);
    return box;
}

QWidget *InventoryPage::makeButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QString noun = profiles::resourceNoun(m_context.profile);
    m_register = new QPushButton(tr("&Register %1…").arg(noun), box);
    m_register->setShortcut(QKeySequence::New);
    m_register->setToolTip(tr("Register a new %1 (%2)").arg(noun, QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_edit = new QPushButton(tr("&Edit…"), box);
    m_edit->setToolTip(tr("Edit the selected %1 (Enter)").arg(noun));
    m_maintenance = new QPushButton(tr("Put in &maintenance"), box);
    m_retire = new QPushButton(tr("Re&tire…"), box);
    m_retire->setToolTip(tr("Retire the selected %1: it can no longer be booked (Delete)").arg(noun));
    const QList<std::pair<QPushButton *, QString>> buttons{{m_register, QStringLiteral("registerResource")},
                                                           {m_edit, QStringLiteral("editResource")},
                                                           {m_maintenance, QStringLiteral("toggleMaintenance")},
                                                           {m_retire, QStringLiteral("retireResource")}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAccessibleName(QString(button->text()).remove(u'&').remove(u'…'));
        button->setAutoDefault(false);
        // Only managers change the inventory; the services refuse anyone else anyway.
        button->setVisible(m_session.can(Action::ManageInventory));
    }
    row->addWidget(m_register);
    row->addStretch(1);
    row->addWidget(m_edit);
    row->addWidget(m_maintenance);
    row->addWidget(m_retire);
    connect(m_register, &QPushButton::clicked, this, &InventoryPage::registerResource);
    connect(m_edit, &QPushButton::clicked, this, &InventoryPage::editSelected);
    connect(m_maintenance, &QPushButton::clicked, this, &InventoryPage::toggleMaintenance);
    connect(m_retire, &QPushButton::clicked, this, &InventoryPage::retireSelected);
    return box;
}

void InventoryPage::applyFilter()
{
    m_searchDelay->stop();
    ResourceFilter filter;
    filter.text = m_search->text().trimmed();
    if (const int p = m_profileFilter->currentData().toInt(); p >= 0)
        filter.profile = Profile(p);
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = ResourceStatus(status);
    filter.includeRetired = status == Everything;
    m_model->setFilter(filter);
}

void InventoryPage::onChanged(const ChangeSet &changes)
{
    // Bookings move resources between free, reserved and out. A burst of them (a sync pull)
    // reloads the list once, after it.
    if ((!changes.resources.isEmpty() || !changes.reservations.isEmpty()) && !m_reloadDelay->isActive())
        m_reloadDelay->start();
}

void InventoryPage::restoreSelection()
{
    // A reload resets the model; keep the person's place so the keyboard flow goes on.
    for (int row = 0; row < m_model->rowCount() && !m_selectedId.isNull(); ++row) {
        if (m_model->rowAt(row).resource.id == m_selectedId) {
            m_table->selectRow(row);
            break;
        }
    }
    updateActions();
}

std::optional<Resource> InventoryPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rowAt(rows.first().row()).resource;
}

void InventoryPage::updateActions()
{
    const std::optional<Resource> current = selected();
    const bool changeable = current && current->status != ResourceStatus::Retired;
    m_edit->setEnabled(changeable);
    m_editAction->setEnabled(changeable);
    m_retire->setEnabled(changeable);
    m_retireAction->setEnabled(changeable);
    m_maintenance->setEnabled(changeable);
    m_maintenance->setVisible(hasMaintenance() && m_session.can(Action::ManageInventory));
    const bool inMaintenance = current && current->status == ResourceStatus::Maintenance;
    m_maintenance->setText(inMaintenance ? tr("Back in &service") : tr("Put in &maintenance"));
    m_maintenance->setAccessibleName(QString(m_maintenance->text()).remove(u'&'));
}

// A car, an item or a product goes to the workshop; an exhibition session or a taxi class
// is not something that is repaired.
bool InventoryPage::hasMaintenance() const
{
    return m_context.profile != Profile::Exhibition && m_context.profile != Profile::Taxi;
}

bool InventoryPage::allowed()
{
    auto allowedNow = roles::check(m_session.user().role, Action::ManageInventory);
    if (!allowedNow)
        showMessage(allowedNow.error().message, true);
    return allowedNow.ok();
}

void InventoryPage::registerResource()
{
    if (!allowed())
        return;
    auto *dialog = new ResourceEditorDialog(m_session, m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResourceEditorDialog::saved, this, [this](const Resource &r) {
        m_selectedId = r.id;
        showMessage(tr("Registered “%1”.").arg(r.data.name), false);
    });
    dialog->open();
}

void InventoryPage::editSelected()
{
    const std::optional<Resource> current = selected();
    if (!current || !allowed())
        return;
    auto *dialog = new ResourceEditorDialog(m_session, m_context, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResourceEditorDialog::saved, this,
            [this](const Resource &r) { showMessage(tr("Saved “%1”.").arg(r.data.name), false); });
    dialog->open();
}

void InventoryPage::toggleMaintenance()
{
    const std::optional<Resource> current = selected();
    if (!current || !allowed())
        return;
    const ResourceStatus next =
        current->status == ResourceStatus::Maintenance ? ResourceStatus::Active : ResourceStatus::Maintenance;
    m_maintenance->setEnabled(false);
    m_session.setResourceStatus(current->id, next).then(this, [this](const Result<Resource> &r) {
        updateActions();
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        showMessage(r->status == ResourceStatus::Maintenance ? tr("“%1” is in maintenance.").arg(r->data.name)
                                                             : tr("“%1” is back in service.").arg(r->data.name),
                    false);
    });
}

void InventoryPage::retireSelected()
{
    const std::optional<Resource> current = selected();
    if (!current || !allowed())
        return;
    m_retire->setEnabled(false);
    const Resource resource = *current;
    m_session.retirementImpact(resource.id).then(this, [this, resource](const Result<int> &impact) {
        updateActions();
        if (!impact) {
            showMessage(impact.error().message, true);
            return;
        }
        confirmRetirement(resource, impact.value());
    });
}

void InventoryPage::confirmRetirement(const Resource &resource, int bookings)
{
    auto *box = new RetireConfirmation(resource, bookings, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &RetireConfirmation::confirmed, this, [this](const QUuid &id) {
        m_session.retireResource(id).then(this, [this](const Result<Resource> &r) {
            if (!r) {
                showMessage(r.error().message, true);
                return;
            }
            showMessage(tr("Retired “%1”.").arg(r->data.name), false);
        });
    });
    box->open();
}

void InventoryPage::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? uistyle::errorStyleSheet() : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
