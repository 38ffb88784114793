#pragma once

#include "domain/period.h"
#include "uicontext.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

// The "when" of a booking, asked the way the shop's business asks it (traits().periodStyle):
// - Days: a start date and an end date (or a number of days); the booking runs from the
//   start date 00:00 to the end date 00:00, so two days are 48 hours (car pick-up → return);
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

    UiContext m_context;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QSpinBox *m_days = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    bool m_syncing = false;
};
