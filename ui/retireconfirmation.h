#pragma once

#include "domain/resource.h"

#include <QMessageBox>

// Asks before a resource is retired and says what it costs: how many open bookings will be
// force-cancelled (paid ones refunded, customers told). Cancel is the default button so that
// a stray Enter cannot cancel anyone's booking. Emits `confirmed` only for "Retire".
class RetireConfirmation final : public QMessageBox
{
    Q_OBJECT

public:
    RetireConfirmation(const Resource &resource, int openBookings, QWidget *parent);

Q_SIGNALS:
    void confirmed(const QUuid &resourceId);
};
