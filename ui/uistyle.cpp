#include "uistyle.h"

#include "listitemdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace uistyle {

QString errorStyleSheet()
{
    return QStringLiteral("color: #b00020;");
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(errorStyleSheet());
    label->setWordWrap(true);
    label->hide();
    return label;
}

void reserveLines(QLabel *label, int lines)
{
    label->setMinimumHeight(lines * label->fontMetrics().lineSpacing());
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
}

QLabel *makeFieldErrorLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeErrorLabel(parent, objectName);
    reserveLines(label, 1);
    return label;
}

void setUpListTable(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Fixed rows: the header keeps no per-row state, which matters at a million rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setItemDelegate(new ListItemDelegate(view));
}

void setRowLines(QTableView *view, int lines)
{
    view->verticalHeader()->setDefaultSectionSize(lines * view->fontMetrics().lineSpacing() + 10);
}

} // namespace uistyle
