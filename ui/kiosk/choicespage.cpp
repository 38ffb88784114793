#include "choicespage.h"

#include "availabilitymodel.h"
#include "kioskstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int RowHeight = 84;
}

ChoicesPage::ChoicesPage(const UiContext &context, QWidget *parent)
    : KioskPage(parent), m_context(context), m_model(new AvailabilityModel(context.display, context.profile, this))
{
    setObjectName(QStringLiteral("choicesPage"));
    m_title = kioskstyle::title(QStringLiteral("choicesTitle"), this);
    m_status = kioskstyle::text(QStringLiteral("choicesStatus"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("choices"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(RowHeight);
    // A session's name, date, time and hall on two lines rather than cut short.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AvailabilityModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumHeight(kioskstyle::MinTouchHeight);
    m_view->horizontalHeader()->setMinimumSectionSize(180);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_back = kioskstyle::button(QStringLiteral("choicesBack"), this);
    m_next = kioskstyle::button(QStringLiteral("choicesNext"), this, true);

    QHBoxLayout *buttons = kioskstyle::backAndNextRow(m_back, m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChoicesPage::updateNext);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChoicesPage::updateNext);
    connect(m_back, &QPushButton::clicked, this, &ChoicesPage::back);
    connect(m_next, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT chosen(m_model->rowAt(current.row()));
    });
    retranslate();
}

void ChoicesPage::localeChanged()
{
    m_model->setDisplay(m_context.display);
}

void ChoicesPage::clear()
{
    m_model->clear();
    m_state = State::Empty;
    m_error.clear();
    retranslate();
}

void ChoicesPage::showSearching()
{
    m_model->clear();
    m_state = State::Searching;
    retranslate();
}

void ChoicesPage::showRows(const QList<Availability> &rows, const QString &error)
{
    m_model->setRows(rows);
    m_state = error.isEmpty() ? State::Shown : State::Failed;
    m_error = error;
    if (!rows.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    retranslate();
}

void ChoicesPage::updateNext()
{
    m_next->setEnabled(m_view->currentIndex().isValid());
}

void ChoicesPage::retranslate()
{
    m_title->setText(tr("Choose a %1").arg(profiles::resourceNoun(m_context.profile).toLower()));
    m_view->setAccessibleName(tr("Free %1").arg(profiles::resourcesNoun(m_context.profile)));
    switch (m_state) {
    case State::Empty: m_status->clear(); break;
    case State::Searching: m_status->setText(tr("Looking for what is free…")); break;
    case State::Failed: m_status->setText(m_error); break;
    case State::Shown:
        m_status->setText(m_model->rowCount() == 0 ? tr("Nothing is free then. Go back and try another day or fewer.")
                                                   : tr("Touch one, then press Continue."));
        break;
    }
    kioskstyle::setText(m_back, tr("Back"));
    kioskstyle::setText(m_next, tr("Continue"));
}
