#include "syncpage.h"

#include "api/session.h"
#include "availabilitymodel.h"
#include "core/changeset.h"
#include "syncconflictmodel.h"
#include "syncstatuslabel.h"
#include "sync/synccommands.h"
#include "uistyle.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SyncPage::SyncPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context),
      m_conflicts(new SyncConflictModel(context.display, context.profile, this)),
      m_alternatives(new AvailabilityModel(context.display, context.profile, this)), m_headline(new QLabel(this)),
      m_status(new QLabel(this)), m_count(new QLabel(this)), m_loadError(uistyle::makeErrorLabel(this, QStringLiteral("syncLoadError"))),
      m_conflictTable(new QTableView(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncPage"));
    setAccessibleName(tr("Synchronisation"));
    auto *title = new QLabel(tr("Synchronisation with the server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_headline->setObjectName(QStringLiteral("syncHeadline"));
    m_headline->setAccessibleName(tr("Synchronisation status"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setText(tr("Waiting for the first contact with the server…"));
    m_status->setObjectName(QStringLiteral("syncStatusText"));
    m_status->setAccessibleName(tr("Synchronisation details"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *listLabel = new QLabel(tr("Changes the server &refused:"), this);
    listLabel->setBuddy(m_conflictTable);
    m_count->setObjectName(QStringLiteral("syncConflictCount"));
    m_count->setText(tr("Loading…"));
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(listLabel);
    listHeader->addStretch();
    listHeader->addWidget(m_count);

    m_conflictTable->setObjectName(QStringLiteral("syncConflicts"));
    m_conflictTable->setAccessibleName(tr("Changes the server refused"));
    m_conflictTable->setModel(m_conflicts);
    uistyle::setUpListTable(m_conflictTable);
    QHeaderView *header = m_conflictTable->horizontalHeader();
    header->setStretchLastSection(true);
    const QList<int> widths{150, 130, 420};
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("syncSplitter"));
    splitter->addWidget(m_conflictTable);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Fixed from the start: the selected change's pane keeps its room whether or not it
    // shows alternatives (scaled to the real height when shown).
    splitter->setSizes({260, 390});
    splitter->setChildrenCollapsible(false);

    m_server = new QLabel(this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *syncNow = new QPushButton(tr("Sync &now"), this);
    syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(syncNow, &QPushButton::clicked, this, &SyncPage::syncRequested);
    auto *serverLine = new QHBoxLayout;
    serverLine->addWidget(m_server, 1);
    serverLine->addWidget(syncNow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(serverLine);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_loadError);
    layout->addLayout(listHeader);
    layout->addWidget(splitter, 1);
    setTabOrder(m_conflictTable, m_alternativeTable);
    setTabOrder(m_alternativeTable, m_resolve);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(RefreshDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &SyncPage::reload);
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_followed = m_conflicts->rowAt(current.row()).conflict.commandId;
        showSelected();
    });
    // Enter on a conflict: on to what can be done about it.
    connect(m_conflictTable, &QTableView::activated, this, [this] {
        if (m_alternatives->rowCount() > 0)
            m_alternativeTable->setFocus();
        else if (m_resolve->isEnabled())
            m_resolve->setFocus();
    });
    connect(m_resolve, &QPushButton::clicked, this, &SyncPage::resolveSelected);
    connect(&session.backend().executor(), &CommandExecutor::changed, this, &SyncPage::onChanged);
    new QShortcut(QKeySequence::Refresh, this, this, &SyncPage::reload, Qt::WidgetWithChildrenShortcut);
    showSelected();
}

SyncPage::~SyncPage() = default;

QWidget *SyncPage::buildDetail()
{
    auto *box = new QGroupBox(tr("Selected change"), this);
    m_detail = new QLabel(box);
    m_detail->setObjectName(QStringLiteral("syncConflictDetail"));
    m_detail->setAccessibleName(tr("Selected change"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_alternativeTable = new QTableView(box);
    m_alternativeTable->setObjectName(QStringLiteral("syncAlternatives"));
    m_alternativeTable->setAccessibleName(tr("Free alternatives for the same period and quantity"));
    m_alternativeTable->setModel(m_alternatives);
    uistyle::setUpListTable(m_alternativeTable);
    m_alternativeTable->horizontalHeader()->setSectionResizeMode(AvailabilityModel::NameColumn, QHeaderView::Stretch);
    m_alternativesLabel = new QLabel(tr("Free a&lternatives for the same period and quantity:"), box);
    m_alternativesLabel->setBuddy(m_alternativeTable);
    m_alternativesStatus = new QLabel(box);
    m_alternativesStatus->setObjectName(QStringLiteral("syncAlternativesStatus"));
    m_alternativesStatus->setWordWrap(true);

    m_resolve = new QPushButton(tr("&Mark resolved"), box);
    m_resolve->setObjectName(QStringLiteral("markResolved"));
    m_resolve->setAccessibleName(tr("Mark the selected change resolved"));
    m_resolveError = uistyle::makeErrorLabel(box, QStringLiteral("syncResolveError"));
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolve);
    resolveRow->addWidget(m_resolveError, 1);
    resolveRow->addStretch();

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_detail);
    layout->addWidget(m_alternativesLabel);
    layout->addWidget(m_alternativesStatus);
    layout->addWidget(m_alternativeTable, 1);
    layout->addStretch(); // keeps the button at the bottom while there is no list
    layout->addLayout(resolveRow);
    return box;
}

void SyncPage::setServer(const QUrl &server)
{
    m_server->setText(tr("Server: %1").arg(server.toDisplayString()));
}

void SyncPage::showStatus(const SyncStatus &status)
{
    QStringList sentences = SyncStatusLabel::sentences(status, m_context.display);
    m_headline->setText(sentences.takeFirst());
    m_status->setText(sentences.join(u'\n'));
    m_status->show();
    if (isVisible())
        m_reloadTimer->start();
    else
        m_stale = true;
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void SyncPage::reload()
{
    m_stale = false;
    m_reloadTimer->stop();
    const quint64 generation = ++m_loadGeneration;
    m_session
        .read<SyncConflictList>(Action::ViewAllBookings,
                                [](const QSqlDatabase &db) { return syncconflicts::load(db, MaxConflicts); })
        .then(this, [this, generation](const Result<SyncConflictList> &loaded) {
            if (generation != m_loadGeneration)
                return;
            if (!loaded) {
                m_loadError->setText(loaded.error().message);
                m_loadError->show();
                return;
            }
            m_loadError->hide();
            showConflicts(loaded.value());
        });
}

void SyncPage::showConflicts(const SyncConflictList &list)
{
    m_conflicts->setRows(list.rows);
    if (list.total == 0)
        m_count->setText(tr("Nothing to resolve."));
    else if (list.total > list.rows.size())
        m_count->setText(tr("The newest %1 of %2.").arg(list.rows.size()).arg(list.total));
    else
        m_count->setText(tr("%n to resolve.", nullptr, int(list.total)));
    int row = m_conflicts->rowOf(m_followed);
    if (row < 0 && m_conflicts->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_conflictTable->selectionModel()->setCurrentIndex(m_conflicts->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                         | QItemSelectionModel::Rows);
    showSelected();
    Q_EMIT conflictsCounted(list.total);
    Q_EMIT conflictsShown();
}

std::optional<QUuid> SyncPage::selectedConflict() const
{
    const QModelIndex current = m_conflictTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_conflicts->rowAt(current.row()).conflict.commandId;
}

void SyncPage::showSelected()
{
    const QModelIndex current = m_conflictTable->currentIndex();
    m_resolveError->hide();
    updateResolveButton();
    if (!current.isValid()) {
        m_detail->setText(m_conflicts->rowCount() == 0 ? tr("The server has refused no change made here.")
                                                       : tr("Choose a change in the list."));
        m_alternativesFor = QUuid();
        ++m_searchGeneration;
        m_alternatives->clear();
        m_alternativesStatus->clear();
        showAlternativesList(false);
        return;
    }
    const SyncConflictRow &row = m_conflicts->rowAt(current.row());
    m_detail->setText(tr("%1: %2\nRefused by the server: %3")
                          .arg(m_conflicts->kindName(row.conflict.kind), m_conflicts->bookingText(row), row.conflict.message));
    if (row.conflict.commandId != m_alternativesFor)
        searchAlternatives(row);
}

void SyncPage::searchAlternatives(const SyncConflictRow &row)
{
    m_alternativesFor = row.conflict.commandId;
    const quint64 generation = ++m_searchGeneration;
    if (row.conflict.kind != synccommands::Hold || !row.reservation) {
        m_alternatives->clear();
        m_alternativesStatus->setText(tr("No alternatives to show: this change was not a new booking."));
        showAlternativesList(false);
        Q_EMIT alternativesShown();
        return;
    }
    showAlternativesList(true);
    const Period period = row.reservation->period;
    const qint64 quantity = row.reservation->quantity;
    if (m_alternatives->rowCount() == 0)
        m_alternativesStatus->setText(tr("Searching…"));
    m_session.availability(period, quantity, row.resourceProfile.value_or(m_context.profile))
        .then(this, [this, generation, period](const Result<QList<Availability>> &found) {
            if (generation != m_searchGeneration)
                return;
            if (!found) {
                m_alternatives->clear();
                m_alternativesStatus->setText(found.error().message);
            } else {
                m_alternatives->setRows(found.value());
                m_alternativesStatus->setText(
                    found->isEmpty() ? tr("Nothing is free for %1 in that quantity.").arg(m_context.display.period(period))
                                     : tr("%n free for %1.", nullptr, int(found->size())).arg(m_context.display.period(period)));
            }
            Q_EMIT alternativesShown();
        });
}

void SyncPage::showAlternativesList(bool shown)
{
    m_alternativesLabel->setVisible(shown);
    m_alternativeTable->setVisible(shown);
}

void SyncPage::onChanged(const ChangeSet &changes)
{
    // Bookings made or freed elsewhere change what is free: search the alternatives again.
    if (m_alternativesFor.isNull() || (changes.reservations.isEmpty() && changes.resources.isEmpty()))
        return;
    const QUuid shown = m_alternativesFor;
    QTimer::singleShot(RefreshDelayMs, this, [this, shown]() {
        const int row = m_conflicts->rowOf(shown);
        if (row >= 0 && m_alternativesFor == shown)
            searchAlternatives(m_conflicts->rowAt(row));
    });
}

void SyncPage::updateResolveButton()
{
    m_resolve->setEnabled(!m_resolving && selectedConflict().has_value() && m_session.can(Action::ManageBookings));
}

void SyncPage::resolveSelected()
{
    const std::optional<QUuid> selected = selectedConflict();
    if (m_resolving || !selected || !m_session.can(Action::ManageBookings))
        return;
    const QUuid commandId = *selected;
    m_resolving = true;
    m_resolveError->hide();
    updateResolveButton();
    m_session.resolveConflict(commandId)
        .then(this, [this, commandId](const Result<bool> &resolved) {
            m_resolving = false;
            if (!resolved) {
                updateResolveButton();
                m_resolveError->setText(resolved.error().message);
                m_resolveError->show();
                return;
            }
            // Off the list at once; the reload that follows confirms it and counts again.
            const int row = m_conflicts->rowOf(commandId);
            m_followed = row + 1 < m_conflicts->rowCount() ? m_conflicts->rowAt(row + 1).conflict.commandId : QUuid();
            m_conflicts->removeConflict(commandId);
            showSelected();
            reload();
            m_conflictTable->setFocus();
        });
}
