#pragma once

#include "domain/profile.h"

#include <QGroupBox>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

// What a booking needs beyond its period, asked on the Book screen: a taxi's pickup address
// and destination, a product's delivery address and slot (bookingdetails.h). Businesses
// that need nothing more show no form.
class BookingDetailsForm final : public QGroupBox
{
    Q_OBJECT

public:
    BookingDetailsForm(Profile profile, QWidget *parent = nullptr);

    // Whether this business asks anything (the form is shown only then).
    bool isNeeded() const { return m_first != nullptr; }
    QJsonObject details() const;
    // Checks the fields as the services will; on a problem shows it, focuses the field and
    // returns false.
    bool check();
    void showError(const QString &message);
    void clear();
    QWidget *firstField() const { return m_first; }
    QWidget *lastField() const { return m_last; }

private:
    QLineEdit *addText(const QString &key, const QString &label, const QString &placeholder);

    Profile m_profile;
    QList<QPair<QString, QLineEdit *>> m_texts;
    QComboBox *m_slot = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_first = nullptr;
    QWidget *m_last = nullptr;
};
