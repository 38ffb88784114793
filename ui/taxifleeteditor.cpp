#include "taxifleeteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { Plate, Driver, Phone, ColumnCount };
}

TaxiFleetEditor::TaxiFleetEditor(const QList<Taxi> &fleet, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_add(new QPushButton(tr("&Add taxi"), this)),
      m_remove(new QPushButton(tr("Re&move taxi"), this))
{
    setObjectName(QStringLiteral("taxiFleet"));
    m_table->setObjectName(QStringLiteral("taxiFleetTable"));
    m_table->setAccessibleName(tr("Taxis of this class"));
    m_table->setHorizontalHeaderLabels({tr("Plate number"), tr("Driver"), tr("Driver's phone")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Typing into a cell edits it, as in a spreadsheet.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    m_add->setObjectName(QStringLiteral("addTaxi"));
    m_remove->setObjectName(QStringLiteral("removeTaxi"));
    for (const Taxi &taxi : fleet)
        addRow(taxi);
    m_table->resizeColumnsToContents();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, Plate);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Plate));
        Q_EMIT countChanged(int(this->fleet().size()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT countChanged(int(this->fleet().size()));
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        Q_EMIT countChanged(int(this->fleet().size()));
        Q_EMIT edited();
    });
}

void TaxiFleetEditor::addRow(const Taxi &taxi)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Plate, new QTableWidgetItem(taxi.plate));
    m_table->setItem(row, Driver, new QTableWidgetItem(taxi.driver));
    m_table->setItem(row, Phone, new QTableWidgetItem(taxi.phone));
}

QList<Taxi> TaxiFleetEditor::fleet() const
{
    QList<Taxi> taxis;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const Taxi taxi{text(Plate), text(Driver), text(Phone)};
        if (!taxi.plate.isEmpty() || !taxi.driver.isEmpty() || !taxi.phone.isEmpty())
            taxis.append(taxi);
    }
    return taxis;
}

QWidget *TaxiFleetEditor::firstField() const
{
    return m_table;
}
