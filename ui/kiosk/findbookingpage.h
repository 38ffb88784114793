#pragma once

#include "kioskpage.h"
#include "queries/bookinglookup.h"

class OnScreenKeyboard;
class QLabel;
class QLineEdit;
class QPushButton;
class TwoFieldEntry;
class Session;

// "Find my booking": the code from the receipt and the phone number it was booked with. Both
// must match; a wrong pair says only that nothing was found.
class FindBookingPage final : public KioskPage
{
    Q_OBJECT

public:
    FindBookingPage(Session &session, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;

Q_SIGNALS:
    void found(const bookinglookup::FoundBooking &booking);
    void back();

private:
    void updateFind();
    void find();

    Session &m_session;
    QLabel *m_title = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_phone = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    TwoFieldEntry *m_entry = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_find = nullptr;
    quint64 m_generation = 0;
    bool m_searching = false;
    enum class Message { None, Searching, NotFound, Failed } m_shown = Message::None;
    QString m_error;
};
