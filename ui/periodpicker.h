#pragma once

#include "domain/period.h"
#include "uicontext.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QSpinBox;
class TimeField;

// The "when" of a booking, asked the way the shop's business asks it (traits().periodStyle):
// - Days: a start date and an end date (or a number of days), each with the time of the
//   hand-over (pick-up and return, delivery and collection; 10:00 unless changed);
// - SingleDay: one date, the whole day (an exhibition session);
// - TimeSlot: a date and a pickup time; the booking lasts the profile's slotMinutes (taxi).
// Dates and times are the shop's local time (display.zone); period() answers UTC seconds.
// Invalid input is explained in a red line under the fields by showError().
class PeriodPicker final : public QWidget
{
    Q_OBJECT

public:
    PeriodPicker(const UiContext &context, QWidget *parent = nullptr);

    // The asked period in UTC, or why it is not a valid one (end not after start, too long).
    Result<Period> period() const;
    // Sets the fields from a local start date (and, for Days, a number of days).
    void setStart(const QDate &date, int days = 1);
    void setPickupTime(const QTime &time);
    void setReturnTime(const QTime &time); // Days only
    void showError(const QString &message);
    void clearError();

    // The first field, for the screen's tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();
    // Enter was pressed in one of the fields.
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void syncDaysFromDates(bool startMoved);
    void syncEndFromDays();
    void updateSummary();
    Result<Period> handOver(const QDate &from, const TimeField *at, const QDate &to, const TimeField *until) const;
    Error notATime() const;

    UiContext m_context;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QSpinBox *m_days = nullptr;
    TimeField *m_time = nullptr;       // the taxi's pickup, the start's hand-over
    TimeField *m_returnTime = nullptr; // Days only
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    bool m_syncing = false;
};
