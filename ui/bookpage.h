#pragma once

#include "domain/customer.h"
#include "domain/period.h"
#include "uicontext.h"

#include <QWidget>

#include <optional>

class AvailabilityModel;
class BookingConfirmation;
class BookingDetailsForm;
class CustomerPicker;
class PeriodPicker;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class Session;
struct ChangeSet;

// The Book screen: when (in the shop's own terms: days, a session date or a pickup time),
// how many (seats, taxis, units), Find → what is free and what it costs → for whom (a clerk
// picks or registers the customer; a customer books for themselves) → Hold → pay. Errors
// show where they happened; what is free is searched again whenever bookings change.
class BookPage final : public QWidget
{
    Q_OBJECT

public:
    BookPage(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~BookPage() override;

public Q_SLOTS:
    void find();
    void holdSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Search
    {
        Period period;
        qint64 quantity = 1;
    };

    void runSearch(const Search &search);
    void criteriaChanged();
    void onChanged(const ChangeSet &changes);
    void updateHoldButton();
    void showHoldError(const QString &message);
    std::optional<QUuid> customerId() const;
    QWidget *buildCriteria();
    QWidget *buildCustomer();

    Session &m_session;
    UiContext m_context;
    PeriodPicker *m_period = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_find = nullptr;
    AvailabilityModel *m_model = nullptr;
    QTableView *m_results = nullptr;
    QLabel *m_resultsStatus = nullptr;
    CustomerPicker *m_picker = nullptr; // staff only
    QLabel *m_self = nullptr;           // a customer booking for themselves
    BookingDetailsForm *m_details = nullptr; // pickup and destination, delivery address
    QPushButton *m_hold = nullptr;
    QLabel *m_holdError = nullptr;
    BookingConfirmation *m_confirmation = nullptr;
    std::optional<Search> m_searched; // what the shown results answer
    quint64 m_searchGeneration = 0;
    bool m_holding = false;
};
