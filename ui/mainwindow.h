#pragma once

#include "displaycontext.h"

#include <QMainWindow>

class Backend;
class BookingTableModel;
class QAbstractItemModel;
class QTableView;
class ResourceTableModel;
struct ChangeSet;

// The RentalDesk window: the inventory and the bookings of the open database. Everything it
// shows is loaded by the models off the GUI thread; it refreshes when the services say
// something changed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Backend &backend, DisplayContext display, const QString &databasePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void showNotification(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);
    QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName, const QList<int> &columnWidths);

    ResourceTableModel *m_resources;
    BookingTableModel *m_bookings;
};
