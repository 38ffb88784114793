#pragma once

#include "domain/customer.h"

#include <QWidget>

#include <optional>

class CustomerSearchModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class Session;

// "Who is this booking for?" at the counter: type part of a name or phone, the matches show
// as you type (the search waits for a short pause in typing), pick one with a click or
// Enter; "New customer…" registers a walk-in and picks them. Staff only: a customer books
// for themselves.
class CustomerPicker final : public QWidget
{
    Q_OBJECT

public:
    CustomerPicker(Session &session, QWidget *parent = nullptr);

    std::optional<Customer> customer() const { return m_customer; }
    void pick(const Customer &customer);
    void clear();

    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    // Emitted with std::nullopt when the choice is cleared.
    void customerChanged(const std::optional<Customer> &customer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showResults(const QString &text);
    void pickRow(int row);
    void openNewCustomer();

    Session &m_session;
    CustomerSearchModel *m_model;
    QLineEdit *m_search;
    QPushButton *m_new;
    QTableView *m_results;
    QLabel *m_status;
    QLabel *m_chosen;
    QTimer *m_debounce;
    std::optional<Customer> m_customer;
};
