#pragma once

#include "queries/paymentoverview.h"
#include "uicontext.h"

#include <QWidget>

#include <optional>

class CircuitBreaker;
class PaymentOverviewModel;
class PaymentStatusLabel;
class QHBoxLayout;
class QLabel;
class QMessageBox;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;
class Session;
struct ChangeSet;

// The manager's Payments screen: the money that is not simply paid. Four lists (Pending card
// work, Deferred bookings, Failed and Refunded payments, each with its count), how card
// payments stand (the circuit breaker, once the window hands it over), and two actions on
// the selected row: "Retry now" for card work waiting for the provider or refused by it, and
// "Mark paid in cash…" (asked first) for a booking that still wants its money. The list is
// read on a reader, and again whenever a command changes payments, bookings or card work.
class PaymentsPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 500;
    // A settling round reports every task it finishes: one reload for a burst of them.
    static constexpr int RefreshDelayMs = 300;

    PaymentsPage(Session &session, const UiContext &context, QWidget *parent = nullptr);
    ~PaymentsPage() override;

    // Shows how card payments stand; the breaker must outlive the page.
    void setPaymentBreaker(const CircuitBreaker &breaker);

    PaymentOverviewModel *model() const { return m_model; }
    PaymentView view() const;

public Q_SLOTS:
    void showView(PaymentView view);
    void reload();
    void retrySelected();
    // Asks first (the question is a child named "cashConfirmation"), then pays in cash.
    void payInCashSelected();

Q_SIGNALS:
    // A reload is on screen.
    void rowsShown();
    // A retry or a cash payment was answered; the outcome is on the page.
    void actionAnswered();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildActions();
    void showOverview(const PaymentOverview &overview);
    void showCounts(const PaymentOverview &overview);
    void showSelected();
    void updateActions();
    void onChanged(const ChangeSet &changes);
    void payInCash(const PaymentOverviewRow &row);
    void showRetried(const PaymentOverviewRow &before, const std::optional<CardTask> &after);
    void showOutcome(const QString &text);
    void showActionError(const QString &text);
    std::optional<PaymentOverviewRow> selectedRow() const;

    Session &m_session;
    UiContext m_context;
    PaymentOverviewModel *m_model;
    QHBoxLayout *m_breakerLine;
    PaymentStatusLabel *m_breaker = nullptr;
    QTabBar *m_views;
    QLabel *m_count;
    QLabel *m_loadError;
    QTableView *m_table;
    QLabel *m_detail = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cash = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_actionError = nullptr;
    QMessageBox *m_question = nullptr;
    QTimer *m_reloadTimer;
    QUuid m_followed;      // the row's key, kept across reloads of the same list
    int m_followedRow = 0; // and where it was
    quint64 m_loadGeneration = 0;
    bool m_busy = false; // an action is under way
    bool m_stale = true; // nothing loaded yet, or something changed while hidden
};
