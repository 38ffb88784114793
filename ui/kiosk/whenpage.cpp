#include "whenpage.h"

#include "kioskstyle.h"
#include "touchstepper.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int MaxDaysAhead = 365;
constexpr int SlotStepMinutes = 30;
// Cars and items change hands at this hour unless the customer steps it (as on the desktop).
const QTime DefaultHandOver(10, 0);

QDateTime shopTime(const DisplayContext &display, const QDate &date, const QTime &time)
{
    return display.zone.isValid() ? QDateTime(date, time, display.zone) : QDateTime(date, time);
}

} // namespace

WhenPage::WhenPage(const UiContext &context, QWidget *parent)
    : KioskPage(parent), m_context(context), m_style(profiles::traits(context.profile).periodStyle)
{
    setObjectName(QStringLiteral("whenPage"));
    m_title = kioskstyle::title(QStringLiteral("whenTitle"), this);
    m_dateStepper = new TouchStepper(QStringLiteral("date"), this);
    if (m_style == PeriodStyle::Days)
        m_daysStepper = new TouchStepper(QStringLiteral("days"), this);
    if (asksTime())
        m_timeStepper = new TouchStepper(QStringLiteral("time"), this);
    m_quantityStepper = new TouchStepper(QStringLiteral("quantity"), this);
    m_summary = kioskstyle::text(QStringLiteral("whenSummary"), this);
    m_back = kioskstyle::button(QStringLiteral("whenBack"), this);
    m_next = kioskstyle::button(QStringLiteral("whenNext"), this, true);

    // When on the left (day, then time: the wide values), how long and how many on the right.
    auto *steppers = new QGridLayout;
    steppers->setHorizontalSpacing(48);
    steppers->setVerticalSpacing(32);
    steppers->addWidget(m_dateStepper, 0, 0);
    if (m_timeStepper)
        steppers->addWidget(m_timeStepper, 1, 0);
    if (m_daysStepper) {
        steppers->addWidget(m_daysStepper, 0, 1);
        steppers->addWidget(m_quantityStepper, 1, 1);
    } else {
        steppers->addWidget(m_quantityStepper, 0, 1);
    }
    steppers->setColumnStretch(0, 3);
    steppers->setColumnStretch(1, 2);
    QHBoxLayout *buttons = kioskstyle::backAndNextRow(m_back, m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(24);
    layout->addLayout(steppers);
    layout->addSpacing(24);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_dateStepper, &TouchStepper::stepped, this, [this](int d) { step(d, 0, 0, 0); });
    if (m_daysStepper)
        connect(m_daysStepper, &TouchStepper::stepped, this, [this](int d) { step(0, d, 0, 0); });
    if (m_timeStepper)
        connect(m_timeStepper, &TouchStepper::stepped, this, [this](int d) { step(0, 0, d, 0); });
    connect(m_quantityStepper, &TouchStepper::stepped, this, [this](int d) { step(0, 0, 0, d); });
    connect(m_back, &QPushButton::clicked, this, &WhenPage::back);
    connect(m_next, &QPushButton::clicked, this, [this]() {
        if (const auto asked = period())
            Q_EMIT chosen(asked.value(), m_quantity);
    });
    clear();
    retranslate();
}

// Taxis are booked for a pick-up time; cars and items for the hour they are handed over (and
// back). Products come in a delivery slot, asked with the address.
bool WhenPage::asksTime() const
{
    return m_style == PeriodStyle::TimeSlot || (m_style == PeriodStyle::Days && m_context.profile != Profile::Product);
}

QDate WhenPage::today() const
{
    return m_context.now().date();
}

// After the last half hour of the day has begun, a time is booked for tomorrow at the earliest.
QDate WhenPage::firstDay() const
{
    const bool dayOver = asksTime() && m_context.now().time() >= QTime(23, 60 - SlotStepMinutes);
    return dayOver ? today().addDays(1) : today();
}

// A time can be booked from the next half hour on today, from midnight on later days.
QTime WhenPage::earliestTime(const QDate &date) const
{
    if (date > today())
        return QTime(0, 0);
    const QTime now = m_context.now().time();
    const int minutes = (now.hour() * 60 + now.minute()) / SlotStepMinutes * SlotStepMinutes + SlotStepMinutes;
    return minutes >= 24 * 60 ? QTime(23, 30) : QTime(minutes / 60, minutes % 60);
}

void WhenPage::clear()
{
    m_date = firstDay();
    m_days = 1;
    m_quantity = 1;
    m_time = m_style == PeriodStyle::Days ? std::max(DefaultHandOver, earliestTime(m_date)) : earliestTime(m_date);
    refresh();
}

void WhenPage::step(int dateDays, int days, int halfHours, int quantity)
{
    m_date = std::clamp(m_date.addDays(dateDays), firstDay(), today().addDays(MaxDaysAhead));
    m_days = std::clamp(m_days + days, 1, int(Period::MaxDays));
    m_quantity = std::clamp(m_quantity + quantity, 1, MaxQuantity);
    if (m_timeStepper) {
        const int minutes = std::clamp(m_time.msecsSinceStartOfDay() / 60'000 + halfHours * SlotStepMinutes, 0,
                                       24 * 60 - SlotStepMinutes);
        m_time = std::max(QTime(minutes / 60, minutes % 60), earliestTime(m_date));
    }
    refresh();
}

Result<Period> WhenPage::period() const
{
    switch (m_style) {
    case PeriodStyle::Days: {
        const QTime handOver = m_timeStepper ? m_time : QTime(0, 0);
        return Period::make(shopTime(m_context.display, m_date, handOver),
                            shopTime(m_context.display, m_date.addDays(m_days), handOver));
    }
    case PeriodStyle::SingleDay:
        return Period::make(shopTime(m_context.display, m_date, QTime(0, 0)),
                            shopTime(m_context.display, m_date.addDays(1), QTime(0, 0)));
    case PeriodStyle::TimeSlot: {
        const qint64 from = shopTime(m_context.display, m_date, m_time).toSecsSinceEpoch();
        return Period::make(from, from + qint64(profiles::traits(m_context.profile).slotMinutes) * 60);
    }
    }
    return Error{QStringLiteral("invalid_period"), tr("Choose when.")};
}

void WhenPage::refresh()
{
    const QLocale &locale = m_context.display.locale;
    m_dateStepper->setValue(locale.toString(m_date, QLocale::ShortFormat) + u' '
                                + locale.dayName(m_date.dayOfWeek(), QLocale::ShortFormat),
                            m_date > firstDay(), m_date < today().addDays(MaxDaysAhead));
    if (m_daysStepper)
        m_daysStepper->setValue(locale.toString(m_days), m_days > 1, m_days < Period::MaxDays);
    if (m_timeStepper)
        m_timeStepper->setValue(locale.toString(m_time, QLocale::ShortFormat), m_time > earliestTime(m_date),
                                m_time < QTime(23, 30));
    m_quantityStepper->setValue(locale.toString(m_quantity), m_quantity > 1, m_quantity < MaxQuantity);
    const auto asked = period();
    m_summary->setText(asked ? m_context.display.period(asked.value()) : asked.error().message);
    m_next->setEnabled(asked.ok());
}

void WhenPage::localeChanged()
{
    refresh();
}

void WhenPage::retranslate()
{
    m_title->setText(tr("When, and how many?"));
    m_dateStepper->setCaption(m_style == PeriodStyle::Days ? tr("From") : tr("Day"));
    if (m_daysStepper)
        m_daysStepper->setCaption(tr("Number of days"));
    if (m_timeStepper)
        m_timeStepper->setCaption(m_style == PeriodStyle::Days ? tr("Pick-up and return time") : tr("Pick-up time"));
    m_quantityStepper->setCaption(profiles::unitNoun(m_context.profile));
    kioskstyle::setText(m_back, tr("Back"));
    kioskstyle::setText(m_next, tr("Show what is free"));
}
