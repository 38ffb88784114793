#pragma once

#include "queries/bookinglistquery.h"
#include "uicontext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

// The Bookings screen's filter row: which states (all, the open ones, or one), which dates
// the booking must touch (each end may be "any date"), and a search over resource and
// customer names. It says filterChanged() whenever the filter it describes changes; typing
// is debounced so that a search runs once the clerk pauses, not at every key.
class BookingFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit BookingFilterBar(const UiContext &context, QWidget *parent = nullptr);

    BookingFilter filter() const;
    // The taxi dispatcher's queue is chosen: the trips not sent yet.
    bool showsDispatchQueue() const;
    // Back to "all bookings, any date, no search" (says filterChanged once if that changes it).
    void clear();
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const BookingFilter &filter);

private:
    QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName);
    void emitIfChanged();
    // UTC seconds at the start of `date` in the shop's time zone.
    qint64 startOfDay(const QDate &date) const;

    static const QList<int> DispatchQueue;

    UiContext m_context;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QPushButton *m_clear;
    QTimer *m_typing;
    BookingFilter m_last;
};
