#pragma once

#include "queries/dashboardquery.h"
#include "uicontext.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QTableView;
class QTimer;
class QValueAxis;
class Session;
class UtilisationModel;
struct ChangeSet;

// The manager's dashboard: for the last 7, 14 or 30 days or the next 14 days in the shop's
// time zone, tiles with open holds, pending payments, utilisation and revenue, a bar chart
// of utilisation per day, a line of net revenue per day, and the most used resources in a
// sortable table. The figures are computed on a reader (dashboardquery) and refreshed a
// moment after bookings or payments change, not on every change of a busy counter.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Last7Days, Last14Days, Last30Days, Next14Days };
    static constexpr int TopResources = 20;
    static constexpr int RefreshDelayMs = 500;

    DashboardPage(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The ranges count from this day (default: today in the shop's zone); tests pin it.
    void setReferenceDate(QDate date);
    void setRange(Range range);
    const std::optional<DashboardFigures> &figures() const { return m_figures; }

Q_SIGNALS:
    // New figures are on screen.
    void figuresShown();

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);
    void showFigures(const DashboardFigures &figures);
    void showCharts(const DashboardFigures &figures);
    void showError(const QString &message);
    QList<qint64> dayBounds() const;
    QString dayLabel(qint64 dayStart, int dayCount) const;

    Session &m_session;
    UiContext m_context;
    QDate m_referenceDate;
    QComboBox *m_range;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_openHolds;
    QLabel *m_pendingCount;
    QLabel *m_pendingAmount;
    QLabel *m_utilisation;
    QLabel *m_revenue;
    QChartView *m_utilisationView;
    QBarSet *m_utilisationSet;
    QBarCategoryAxis *m_utilisationDays;
    QChartView *m_revenueView;
    QLineSeries *m_revenueLine;
    QBarCategoryAxis *m_revenueDays;
    QValueAxis *m_revenueAxis;
    UtilisationModel *m_model;
    QTableView *m_table;
    QTimer *m_refresh;
    std::optional<DashboardFigures> m_figures;
    quint64 m_generation = 0;
    bool m_stale = false; // something changed while the page was hidden
};
