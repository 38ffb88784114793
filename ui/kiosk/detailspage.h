#pragma once

#include "kioskpage.h"

class OnScreenKeyboard;
class QLabel;
class QLineEdit;
class QPushButton;
class TwoFieldEntry;

// Who books: name and phone number, typed on the kiosk's own keyboard (letters for the name,
// a keypad for the phone; the keyboard follows the field touched).
class DetailsPage final : public KioskPage
{
    Q_OBJECT

public:
    explicit DetailsPage(QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    QString name() const;
    QString phone() const;
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted(const QString &name, const QString &phone);
    void back();

private:
    void updateNext();
    void submit();

    QLabel *m_title = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    TwoFieldEntry *m_entry = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    bool m_busy = false;
};
