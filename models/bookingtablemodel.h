#pragma once

#include "displaycontext.h"
#include "pagedtablemodel.h"

#include <QCoreApplication>
#include "queries/bookingqueries.h"

class ReservationService;

// Every booking as a table, newest period first: period, resource, customer, quantity,
// amount, status, payment.
class BookingTableModel final : public PagedTableModel<BookingRow>
{
    Q_DECLARE_TR_FUNCTIONS(BookingTableModel)

public:
    BookingTableModel(ReservationService &reservations, DisplayContext display, QObject *parent = nullptr);
};
