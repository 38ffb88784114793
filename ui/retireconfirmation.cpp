#include "retireconfirmation.h"

#include "domain/profile.h"

#include <QPushButton>

RetireConfirmation::RetireConfirmation(const Resource &resource, int openBookings, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Retire %1").arg(profiles::resourceNoun(resource.data.profile)),
                  tr("Retire “%1”? It can no longer be booked or edited.").arg(resource.data.name),
                  QMessageBox::Cancel, parent)
{
    setObjectName(QStringLiteral("retireConfirmation"));
    setInformativeText(
        openBookings > 0
            ? tr("%n open booking(s) will be force-cancelled. Paid ones are refunded and the customers are told.",
                 nullptr, openBookings)
            : tr("No open bookings are affected."));
    QPushButton *retire = addButton(tr("&Retire"), QMessageBox::DestructiveRole);
    retire->setObjectName(QStringLiteral("confirmRetire"));
    setDefaultButton(QMessageBox::Cancel);
    setEscapeButton(QMessageBox::Cancel);
    const QUuid id = resource.id;
    connect(this, &QMessageBox::buttonClicked, this, [this, retire, id](QAbstractButton *clicked) {
        if (clicked == retire)
            Q_EMIT confirmed(id);
    });
}
