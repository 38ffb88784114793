#pragma once

#include "uicontext.h"

#include <QTreeWidget>
#include <QUuid>

class Session;

// A booking's earlier payment attempts and refunds, newest first: when, how much, how
// (card brand and last four digits only), and what became of it. Reloads itself when the
// booking changes.
class PaymentHistory final : public QTreeWidget
{
    Q_OBJECT

public:
    PaymentHistory(Session &session, const UiContext &context, const QUuid &reservationId,
                   QWidget *parent = nullptr);

    void reload();

private:
    Session &m_session;
    UiContext m_context;
    QUuid m_reservationId;
    quint64 m_generation = 0;
};
