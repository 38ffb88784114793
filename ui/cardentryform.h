#pragma once

#include "domain/cardentry.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

// A customer's own card on their own device: number, expiry and security code, checked as a
// whole (every problem shown at once, below the fields so none of them moves). What is typed
// goes only to the payment provider for a token (Session::tokenizeCard); the number and the
// security code are wiped as soon as the provider has them.
class CardEntryForm final : public QWidget
{
    Q_OBJECT

public:
    explicit CardEntryForm(QWidget *parent = nullptr);

    // The card as typed, when it may be sent; otherwise shows every problem, puts the cursor
    // in the first field that has one, and gives none. `today` is the shop's date.
    std::optional<CardEntry> card(QDate today);
    // Forgets the number and the security code.
    void clearSecrets();
    // A problem the provider found with the card as a whole.
    void showError(const QString &message);

private:
    void numberEdited(const QString &text);

    QLineEdit *m_number = nullptr;
    QLineEdit *m_expiry = nullptr;
    QLineEdit *m_securityCode = nullptr;
    QLabel *m_error = nullptr;
};
