#pragma once

#include "domain/taxifleet.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// The taxis of a taxi class in the resource editor: one row per taxi (plate, driver, phone),
// added and removed with buttons. The class has as many taxis available as rows, so the
// editor says how many there are whenever that changes.
class TaxiFleetEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TaxiFleetEditor(const QList<Taxi> &fleet, QWidget *parent = nullptr);

    // The rows as typed (trimmed); rows left wholly empty are not taxis.
    QList<Taxi> fleet() const;
    QWidget *firstField() const;

Q_SIGNALS:
    void countChanged(int taxis);
    void edited();

private:
    void addRow(const Taxi &taxi);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
