#include "timefield.h"

#include "timetext.h"

#include <QKeyEvent>

namespace {
constexpr int StepSecs = 15 * 60;
}

TimeField::TimeField(const QTime &initial, const QLocale &locale, QWidget *parent) : QLineEdit(parent), m_locale(locale)
{
    setTime(initial);
    setPlaceholderText(timetext::format(QTime(9, 30), locale));
    // Wide enough for the longest the locale writes ("12:45 PM", "오후 12:45").
    setMinimumWidth(fontMetrics().horizontalAdvance(timetext::format(QTime(12, 45), locale) + QStringLiteral("MM")));
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (time())
            Q_EMIT timeChanged();
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto typed = time())
            setText(timetext::format(*typed, m_locale)); // as the rest of the screen writes it
    });
}

std::optional<QTime> TimeField::time() const
{
    return timetext::parse(text());
}

void TimeField::setTime(const QTime &time)
{
    setText(timetext::format(time, m_locale));
    Q_EMIT timeChanged();
}

void TimeField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const QTime now = time().value_or(QTime(10, 0));
        const int secs = now.msecsSinceStartOfDay() / 1000;
        const int step = event->key() == Qt::Key_Up ? StepSecs : -StepSecs;
        // To the next quarter in that direction, within the day.
        int next = (secs / StepSecs) * StepSecs + (secs % StepSecs == 0 || step > 0 ? step : 0);
        next = (next + 24 * 3600) % (24 * 3600);
        setTime(QTime::fromMSecsSinceStartOfDay(next * 1000));
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
