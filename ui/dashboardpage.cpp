#include "dashboardpage.h"

#include "api/session.h"
#include "utilisationmodel.h"
#include "uistyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

namespace {

// A figure in a framed box: a caption, a big value and an optional second line.
QFrame *makeTile(QWidget *parent, const QString &caption, QLabel *value, QLabel *detail = nullptr)
{
    auto *tile = new QFrame(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(tile);
    auto *title = new QLabel(caption, tile);
    layout->addWidget(title);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    value->setAccessibleName(caption);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(value);
    if (detail) {
        detail->setAccessibleName(caption);
        layout->addWidget(detail);
    }
    layout->addStretch();
    return tile;
}

QChartView *makeChartView(QWidget *parent, QChart *chart, const QString &name, const QString &objectName)
{
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation); // refreshes must not replay an animation
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// Minor units per major unit of `currency` (1 for KRW, 100 for USD).
double minorPerMajor(const QString &currency)
{
    return std::pow(10.0, Money::minorDigits(currency));
}

} // namespace

DashboardPage::DashboardPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context),
      m_referenceDate(QDateTime::currentDateTimeUtc().toTimeZone(context.display.zone).date()),
      m_range(new QComboBox(this)), m_status(new QLabel(this)), m_error(new QLabel(this)),
      m_openHolds(new QLabel(this)), m_pendingCount(new QLabel(this)), m_pendingAmount(new QLabel(this)),
      m_utilisation(new QLabel(this)), m_revenue(new QLabel(this)), m_utilisationSet(new QBarSet(tr("Utilisation"))),
      m_utilisationDays(new QBarCategoryAxis), m_revenueLine(new QLineSeries), m_revenueDays(new QBarCategoryAxis),
      m_revenueAxis(new QValueAxis), m_model(new UtilisationModel(context.display, this)),
      m_table(new QTableView(this)), m_refresh(new QTimer(this))
{
    // Controls: the range and a manual refresh.
    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_range);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 14 days"), int(Range::Last14Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Next 14 days"), int(Range::Next14Days));
    m_range->setCurrentIndex(int(Range::Last14Days));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setAccessibleName(tr("Refresh the dashboard"));
    refresh->setShortcut(QKeySequence::Refresh);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addWidget(refresh);
    controls->addStretch();
    controls->addWidget(m_status);

    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setStyleSheet(uistyle::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->hide();

    // Tiles.
    m_openHolds->setObjectName(QStringLiteral("openHoldsValue"));
    m_pendingCount->setObjectName(QStringLiteral("pendingPaymentsValue"));
    m_pendingAmount->setObjectName(QStringLiteral("pendingAmountValue"));
    m_utilisation->setObjectName(QStringLiteral("utilisationValue"));
    m_revenue->setObjectName(QStringLiteral("revenueValue"));
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(makeTile(this, tr("Open holds"), m_openHolds));
    tiles->addWidget(makeTile(this, tr("Pending payments"), m_pendingCount, m_pendingAmount));
    tiles->addWidget(makeTile(this, tr("Utilisation"), m_utilisation));
    tiles->addWidget(makeTile(this, tr("Net revenue"), m_revenue));

    // Charts: one category per day, refilled on every refresh.
    auto *utilisationChart = new QChart;
    utilisationChart->setTitle(tr("Utilisation per day"));
    auto *bars = new QBarSeries(utilisationChart);
    bars->append(m_utilisationSet);
    utilisationChart->addSeries(bars);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    utilisationChart->addAxis(m_utilisationDays, Qt::AlignBottom);
    utilisationChart->addAxis(percent, Qt::AlignLeft);
    bars->attachAxis(m_utilisationDays);
    bars->attachAxis(percent);
    m_utilisationView = makeChartView(this, utilisationChart, tr("Utilisation per day"), QStringLiteral("utilisationChart"));

    auto *revenueChart = new QChart;
    revenueChart->setTitle(tr("Net revenue per day"));
    m_revenueLine->setName(tr("Net revenue"));
    m_revenueLine->setPointsVisible(true);
    revenueChart->addSeries(m_revenueLine);
    m_revenueAxis->setLabelFormat(QStringLiteral("%.0f"));
    revenueChart->addAxis(m_revenueDays, Qt::AlignBottom);
    revenueChart->addAxis(m_revenueAxis, Qt::AlignLeft);
    m_revenueLine->attachAxis(m_revenueDays);
    m_revenueLine->attachAxis(m_revenueAxis);
    m_revenueView = makeChartView(this, revenueChart, tr("Net revenue per day"), QStringLiteral("revenueChart"));

    // The most used resources, sortable by any column on raw values.
    auto *tableLabel = new QLabel(tr("&Most used (top %1)").arg(TopResources), this);
    tableLabel->setBuddy(m_table);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(UtilisationModel::SortRole);
    m_table->setObjectName(QStringLiteral("utilisationTable"));
    m_table->setAccessibleName(tr("Most used resources"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UtilisationModel::Utilisation, Qt::DescendingOrder);
    uistyle::setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UtilisationModel::Name, QHeaderView::Stretch);

    auto *layout = new QGridLayout(this);
    layout->addLayout(controls, 0, 0, 1, 2);
    layout->addWidget(m_error, 1, 0, 1, 2);
    layout->addLayout(tiles, 2, 0, 1, 2);
    layout->addWidget(m_utilisationView, 3, 0);
    layout->addWidget(m_revenueView, 3, 1);
    layout->addWidget(tableLabel, 4, 0, 1, 2);
    layout->addWidget(m_table, 5, 0, 1, 2);
    layout->setRowStretch(3, 3);
    layout->setRowStretch(5, 2);
    setTabOrder(m_range, refresh);
    setTabOrder(refresh, m_table);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &DashboardPage::reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(&m_session.backend().executor(), &CommandExecutor::changed, this, &DashboardPage::onChanged);
    reload();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setReferenceDate(QDate date)
{
    m_referenceDate = date;
    reload();
}

void DashboardPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range))); // reloads through the combo
}

QList<qint64> DashboardPage::dayBounds() const
{
    const auto range = Range(m_range->currentData().toInt());
    const int days = range == Range::Last7Days ? 7 : range == Range::Last30Days ? 30 : 14;
    // "Last N days" ends with today; "next 14 days" starts with it.
    const QDate first = range == Range::Next14Days ? m_referenceDate : m_referenceDate.addDays(1 - days);
    return dashboardquery::dayBounds(first, days, m_context.display.zone);
}

void DashboardPage::reload()
{
    m_refresh->stop();
    m_stale = false;
    const DashboardRequest request{dayBounds(), m_session.backend().executor().settings().currency, TopResources};
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Updating…"));
    m_session
        .read<DashboardFigures>(Action::ViewDashboard,
                                [request](const QSqlDatabase &db) { return dashboardquery::compute(db, request); })
        .then(this, [this, generation](const Result<DashboardFigures> &figures) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!figures)
                return showError(figures.error().message);
            showFigures(figures.value());
        });
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::onChanged(const ChangeSet &changes)
{
    if (changes.reservations.isEmpty() && changes.payments.isEmpty() && changes.resources.isEmpty())
        return;
    // A busy counter changes bookings many times a second: compute once things settle, and
    // not at all while nobody looks.
    if (isVisible())
        m_refresh->start();
    else
        m_stale = true;
}

void DashboardPage::showError(const QString &message)
{
    m_status->clear();
    m_error->setText(message);
    m_error->show();
}

void DashboardPage::showFigures(const DashboardFigures &f)
{
    const QLocale &locale = m_context.display.locale;
    m_figures = f;
    m_error->hide();
    const QTime shopTime = QDateTime::currentDateTimeUtc().toTimeZone(m_context.display.zone).time();
    m_status->setText(tr("Updated %1").arg(locale.toString(shopTime, QLocale::ShortFormat)));
    m_openHolds->setText(locale.toString(f.openHolds));
    m_pendingCount->setText(locale.toString(f.pendingPayments));
    const QDate due = QDateTime::fromSecsSinceEpoch(f.range.end - 1, m_context.display.zone).date();
    m_pendingAmount->setText(tr("%1 due by %2")
                                 .arg(m_context.display.money(f.pendingAmount), locale.toString(due, QLocale::ShortFormat)));
    m_utilisation->setText(locale.toString(f.utilisation * 100, 'f', 1) + locale.percent());
    m_revenue->setText(m_context.display.money(Money{f.revenue, f.currency}));
    m_model->setRows(f.topResources);
    showCharts(f);
    Q_EMIT figuresShown();
}

QString DashboardPage::dayLabel(qint64 dayStart, int dayCount) const
{
    const QDate date = QDateTime::fromSecsSinceEpoch(dayStart, m_context.display.zone).date();
    // More than a week of labels only fits as day numbers; a week can name the weekday too.
    return m_context.display.locale.toString(date, dayCount > 7 ? QStringLiteral("d") : QStringLiteral("ddd d"));
}

void DashboardPage::showCharts(const DashboardFigures &f)
{
    const int dayCount = int(f.days.size());
    QStringList labels;
    QList<qreal> utilisation;
    QList<QPointF> revenue;
    const double perMajor = minorPerMajor(f.currency);
    double highest = 0;
    for (int i = 0; i < dayCount; ++i) {
        const DayFigures &day = f.days.at(i);
        labels << dayLabel(day.day.start, dayCount);
        utilisation << day.utilisation * 100;
        revenue << QPointF(i, double(day.revenue()) / perMajor);
        highest = std::max(highest, revenue.constLast().y());
    }
    m_utilisationSet->remove(0, m_utilisationSet->count());
    m_utilisationSet->append(utilisation);
    m_utilisationDays->setCategories(labels);
    // Seven-digit axis labels are hard to read at a glance: large sums are shown in thousands.
    const bool inThousands = highest >= 100'000;
    if (inThousands) {
        for (QPointF &point : revenue)
            point.setY(point.y() / 1000);
        highest /= 1000;
    }
    m_revenueLine->replace(revenue);
    m_revenueDays->setCategories(labels);
    m_revenueAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    m_revenueAxis->applyNiceNumbers();
    m_revenueAxis->setTitleText(inThousands ? tr("%1 (thousands)").arg(f.currency) : f.currency);

    const auto peak = std::max_element(utilisation.cbegin(), utilisation.cend());
    if (peak != utilisation.cend()) {
        const qsizetype at = peak - utilisation.cbegin();
        m_utilisationView->setAccessibleDescription(tr("Highest %1% on %2")
                                                        .arg(qRound(*peak))
                                                        .arg(dayLabel(f.days.at(at).day.start, dayCount)));
    }
    m_revenueView->setAccessibleDescription(tr("Total %1").arg(m_context.display.money(Money{f.revenue, f.currency})));
}
