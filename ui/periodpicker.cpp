#include "periodpicker.h"
#include "timefield.h"
#include "timetext.h"
#include "uistyle.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>

namespace {

// When a car or an item changes hands unless the clerk says otherwise.
const QTime DefaultHandOver(10, 0);

// The shop's midnight (or pickup time) as a moment; an unset zone means the machine's own.
QDateTime shopTime(const DisplayContext &display, const QDate &date, const QTime &time)
{
    return display.zone.isValid() ? QDateTime(date, time, display.zone) : QDateTime(date, time);
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("periodError"));
    label->setStyleSheet(uistyle::errorStyleSheet());
    label->setWordWrap(true);
    label->hide();
    uistyle::reserveLines(label, 1);
    return label;
}

} // namespace

PeriodPicker::PeriodPicker(const UiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const PeriodStyle style = profiles::traits(context.profile).periodStyle;
    const QString dateFormat = context.display.locale.dateFormat(QLocale::ShortFormat);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    auto addField = [&](const QString &labelText, QWidget *field, const QString &objectName) {
        auto *label = new QLabel(labelText, this);
        label->setBuddy(field);
        field->setObjectName(objectName);
        field->setAccessibleName(QString(labelText).remove(u'&'));
        grid->addWidget(label, 0, column);
        grid->addWidget(field, 1, column);
        ++column;
    };
    auto makeDate = [&](bool isStart) {
        auto *edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        connect(edit, &QDateEdit::dateChanged, this, [this, isStart]() {
            syncDaysFromDates(isStart);
            updateSummary();
            Q_EMIT changed();
        });
        return edit;
    };

    auto makeTime = [&](const QTime &initial) {
        auto *edit = new TimeField(initial, context.display.locale, this);
        connect(edit, &TimeField::timeChanged, this, [this]() {
            updateSummary();
            Q_EMIT changed();
        });
        return edit;
    };

    m_start = makeDate(true);
    switch (style) {
    case PeriodStyle::Days:
        addField(tr("&Start date"), m_start, QStringLiteral("startDate"));
        m_end = makeDate(false);
        addField(tr("&End date"), m_end, QStringLiteral("endDate"));
        m_days = new QSpinBox(this);
        m_days->setRange(1, Period::MaxDays);
        m_days->setToolTip(tr("The number of days; changes the end date."));
        connect(m_days, &QSpinBox::valueChanged, this, [this]() {
            syncEndFromDays();
            updateSummary();
            Q_EMIT changed();
        });
        addField(tr("Da&ys"), m_days, QStringLiteral("days"));
        // The hour of the hand-over on each end: a car picked up at 10:00 is due back at
        // 10:00, not at midnight.
        m_time = makeTime(DefaultHandOver);
        m_returnTime = makeTime(DefaultHandOver);
        if (context.profile == Profile::Product) {
            addField(tr("Delivery t&ime"), m_time, QStringLiteral("pickupTime"));
            addField(tr("Colle&ction time"), m_returnTime, QStringLiteral("returnTime"));
        } else {
            addField(tr("Pick-up t&ime"), m_time, QStringLiteral("pickupTime"));
            addField(tr("Re&turn time"), m_returnTime, QStringLiteral("returnTime"));
        }
        break;
    case PeriodStyle::SingleDay:
        addField(tr("Dat&e"), m_start, QStringLiteral("startDate"));
        break;
    case PeriodStyle::TimeSlot:
        addField(tr("Dat&e"), m_start, QStringLiteral("startDate"));
        m_time = makeTime(QTime(0, 0));
        addField(tr("&Pick-up time"), m_time, QStringLiteral("pickupTime"));
        break;
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("periodSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_summary, 2, 0, 1, column);
    m_error = errorLabel(this);
    grid->addWidget(m_error, 3, 0, 1, column);
    grid->setColumnStretch(column, 1);

    const QDateTime now = context.now();
    const QDate today = now.date();
    if (style == PeriodStyle::TimeSlot) {
        // The next full hour: the earliest pickup a dispatcher can usually plan.
        const QDateTime next = now.addSecs(3600 - now.time().minute() * 60 - now.time().second());
        m_time->setTime(QTime(next.time().hour(), 0));
        setStart(next.date());
    } else {
        setStart(today, 1);
    }
}

Result<Period> PeriodPicker::period() const
{
    const QDate start = m_start->date();
    switch (profiles::traits(m_context.profile).periodStyle) {
    case PeriodStyle::Days:
        if (m_end->date() <= start)
            return Error{QStringLiteral("invalid_period"), tr("The end date must be after the start date.")};
        return handOver(start, m_time, m_end->date(), m_returnTime);
    case PeriodStyle::SingleDay:
        return Period::make(shopTime(m_context.display, start, QTime(0, 0)),
                            shopTime(m_context.display, start.addDays(1), QTime(0, 0)));
    case PeriodStyle::TimeSlot: {
        const auto at = m_time->time();
        if (!at)
            return notATime();
        const QDateTime pickup = shopTime(m_context.display, start, *at);
        if (!pickup.isValid())
            return Error{QStringLiteral("invalid_period"), tr("That pick-up time does not exist on that day.")};
        const qint64 from = pickup.toSecsSinceEpoch();
        return Period::make(from, from + qint64(profiles::traits(m_context.profile).slotMinutes) * 60);
    }
    }
    return Error{QStringLiteral("invalid_period"), tr("Choose when.")};
}

Error PeriodPicker::notATime() const
{
    return Error{QStringLiteral("invalid_time"),
                 tr("Type a time such as %1 or %2.")
                     .arg(timetext::format(QTime(9, 30), m_context.display.locale),
                          timetext::format(QTime(17, 45), m_context.display.locale))};
}

Result<Period> PeriodPicker::handOver(const QDate &from, const TimeField *at, const QDate &to, const TimeField *until) const
{
    if (!at->time() || !until->time())
        return notATime();
    const QDateTime start = shopTime(m_context.display, from, *at->time());
    const QDateTime end = shopTime(m_context.display, to, *until->time());
    if (!start.isValid() || !end.isValid()) // a time the clocks skip that night
        return Error{QStringLiteral("invalid_period"), tr("That time does not exist on that day.")};
    if (end <= start)
        return Error{QStringLiteral("invalid_period"), tr("The return must be after the pick-up.")};
    return Period::make(start, end);
}

void PeriodPicker::setStart(const QDate &date, int days)
{
    m_syncing = true;
    m_start->setDate(date);
    if (m_end)
        m_end->setDate(date.addDays(days));
    if (m_days)
        m_days->setValue(days);
    m_syncing = false;
    updateSummary();
    Q_EMIT changed();
}

void PeriodPicker::setPickupTime(const QTime &time)
{
    if (m_time)
        m_time->setTime(time);
}

void PeriodPicker::setReturnTime(const QTime &time)
{
    if (m_returnTime)
        m_returnTime->setTime(time);
}

void PeriodPicker::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PeriodPicker::clearError()
{
    m_error->clear();
    m_error->hide();
}

QWidget *PeriodPicker::firstField() const
{
    return m_start;
}

QWidget *PeriodPicker::lastField() const
{
    if (m_returnTime)
        return m_returnTime;
    if (m_time)
        return m_time;
    return m_start;
}

void PeriodPicker::keyPressEvent(QKeyEvent *event)
{
    // The date and time fields pass Enter on; here it means "search".
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT submitted();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

// Changing the start date keeps the number of days (the end moves with it); changing the
// end date changes the number of days. An end before the start is left for period() to
// refuse: the person may be on the way to a later date.
void PeriodPicker::syncDaysFromDates(bool startMoved)
{
    if (m_syncing || !m_end || !m_days)
        return;
    m_syncing = true;
    if (startMoved) {
        m_end->setDate(m_start->date().addDays(m_days->value()));
    } else {
        const qint64 days = m_start->date().daysTo(m_end->date());
        if (days >= 1 && days <= Period::MaxDays)
            m_days->setValue(int(days));
    }
    m_syncing = false;
}

void PeriodPicker::syncEndFromDays()
{
    if (m_syncing || !m_end)
        return;
    m_syncing = true;
    m_end->setDate(m_start->date().addDays(m_days->value()));
    m_syncing = false;
}

void PeriodPicker::updateSummary()
{
    const auto asked = period();
    if (!asked) {
        m_summary->clear();
        return;
    }
    clearError();
    const qint64 minutes = asked->seconds() / 60;
    QString length;
    switch (profiles::traits(m_context.profile).periodStyle) {
    case PeriodStyle::Days: length = tr("%n day(s)", nullptr, int(asked->days())); break;
    case PeriodStyle::SingleDay: length = tr("the whole day"); break;
    case PeriodStyle::TimeSlot: length = tr("%n minute(s)", nullptr, int(minutes)); break;
    }
    m_summary->setText(tr("%1 (%2)").arg(m_context.display.period(asked.value()), length));
}
