#pragma once

#include "domain/resource.h"
#include "uicontext.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class ResourceListModel;
class Session;
struct ChangeSet;

// The manager's Inventory screen: every resource of the shop, searched, filtered and sorted
// in SQL, with register, edit, maintenance and retire. Retiring first says how many bookings
// it will force-cancel. The services check the role again; for anyone but a manager the page
// shows no actions and its actions refuse.
class InventoryPage final : public QWidget
{
    Q_OBJECT

public:
    InventoryPage(Session &session, const UiContext &context, QWidget *parent = nullptr);

    ResourceListModel *model() const { return m_model; }

    // The page's actions (buttons and shortcuts call these).
    void registerResource();
    void editSelected();
    void toggleMaintenance();
    void retireSelected();

private:
    QWidget *makeFilters();
    QWidget *makeButtons();
    void applyFilter();
    void onChanged(const ChangeSet &changes);
    void restoreSelection();
    void updateActions();
    std::optional<Resource> selected() const;
    bool allowed();
    bool hasMaintenance() const;
    void confirmRetirement(const Resource &resource, int bookings);
    void showMessage(const QString &text, bool problem);

    Session &m_session;
    UiContext m_context;
    ResourceListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search = nullptr;
    QComboBox *m_profileFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTimer *m_searchDelay;
    QTimer *m_reloadDelay; // after changes in the database
    QTimer *m_clockTick;   // "Now" follows the time too: a car becomes overdue unattended
    QPushButton *m_register = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_maintenance = nullptr;
    QPushButton *m_retire = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_retireAction = nullptr;
    QLabel *m_message;
    QUuid m_selectedId; // kept across reloads
};
