#pragma once

#include "domain/customer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;

// Registering a walk-in customer at the counter: name (required), phone and e-mail
// (optional, personal data). The services validate; their answer is shown next to the field
// it is about, or under the form. On success it emits created() and closes. Open it with
// open(); it deletes itself when closed.
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Session &session, QWidget *parent = nullptr);

    // Prefills the form from what was typed in the search: digits go to the phone.
    void prefill(const QString &searchText);

Q_SIGNALS:
    void created(const Customer &customer);

private:
    void save();
    void showError(const Error &error);
    void clearErrors();

    Session &m_session;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLabel *m_nameError;
    QLabel *m_phoneError;
    QLabel *m_emailError;
    QLabel *m_formError;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};
