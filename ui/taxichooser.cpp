#include "taxichooser.h"

#include "api/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

TaxiChooser::TaxiChooser(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_taxis(new QComboBox(this)), m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("taxiChooser"));
    m_taxis->setObjectName(QStringLiteral("taxiToSend"));
    m_taxis->setAccessibleName(tr("Taxi to send"));
    m_taxis->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_none->setObjectName(QStringLiteral("noTaxiFree"));
    m_none->setText(tr("No taxi of this class is free right now."));
    auto *label = new QLabel(tr("&Taxi:"), this);
    label->setBuddy(m_taxis);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_taxis);
    layout->addWidget(m_none);
    layout->addStretch();
    hide();
}

void TaxiChooser::load(const QUuid &reservationId)
{
    const quint64 generation = ++m_generation;
    if (reservationId.isNull()) {
        m_taxis->clear();
        hide();
        return;
    }
    m_session.freeTaxis(reservationId).then(this, [this, generation](const Result<dispatchquery::FreeTaxis> &found) {
        if (generation != m_generation)
            return;
        const QString chosen = plate();
        m_taxis->clear();
        if (!found || found->listed == 0) {
            hide();
            Q_EMIT loaded();
            return;
        }
        for (const Taxi &taxi : found->free)
            m_taxis->addItem(tr("%1 · %2 · %3").arg(taxi.plate, taxi.driver, taxi.phone), taxi.plate);
        // Keeps the dispatcher's choice while it is still free.
        if (const int kept = m_taxis->findData(chosen); kept >= 0)
            m_taxis->setCurrentIndex(kept);
        m_taxis->setVisible(m_taxis->count() > 0);
        m_none->setVisible(m_taxis->count() == 0);
        show();
        Q_EMIT loaded();
    });
}

QString TaxiChooser::plate() const
{
    return m_taxis->currentData().toString();
}
