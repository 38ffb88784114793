#pragma once

#include "domain/period.h"
#include "kioskpage.h"
#include "uicontext.h"

#include <QDate>
#include <QTime>

class QLabel;
class QPushButton;
class TouchStepper;

// When and how many, by touch only: the day (− / +), then as the shop's profile asks it the
// number of days and the hand-over time (car, item; a product's delivery slot is asked with
// its address), nothing more (an exhibition session is one day) or the pick-up time (taxi),
// times in half hours; and the quantity. Nothing in the past.
class WhenPage final : public KioskPage
{
    Q_OBJECT

public:
    WhenPage(const UiContext &context, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    Result<Period> period() const;
    qint64 quantity() const { return m_quantity; }

Q_SIGNALS:
    void chosen(const Period &period, qint64 quantity);
    void back();

private:
    void localeChanged() override;
    void step(int dateDays, int days, int halfHours, int quantity);
    void refresh();
    bool asksTime() const;
    QDate today() const;
    QDate firstDay() const;
    QTime earliestTime(const QDate &date) const;

    static constexpr int MaxQuantity = 20;

    const UiContext &m_context; // the window's: in the language the customer chose
    PeriodStyle m_style;
    QDate m_date;
    int m_days = 1;
    QTime m_time;
    int m_quantity = 1;
    QLabel *m_title = nullptr;
    TouchStepper *m_dateStepper = nullptr;
    TouchStepper *m_daysStepper = nullptr;
    TouchStepper *m_timeStepper = nullptr;
    TouchStepper *m_quantityStepper = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};
