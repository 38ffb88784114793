#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class Session;

// Which taxi the dispatcher sends: the free taxis of the booking's class, read off the GUI
// thread each time load() is called. Hidden for bookings whose class lists no taxis.
class TaxiChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit TaxiChooser(Session &session, QWidget *parent = nullptr);

    // Loads the free taxis for `reservationId` (a null id empties the chooser).
    void load(const QUuid &reservationId);
    // The plate chosen; empty when none is free or the class lists none.
    QString plate() const;

Q_SIGNALS:
    void loaded();

private:
    Session &m_session;
    QComboBox *m_taxis;
    QLabel *m_none;
    quint64 m_generation = 0;
};
