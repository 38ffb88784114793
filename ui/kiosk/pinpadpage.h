#pragma once

#include "kioskpage.h"

class OnScreenKeyboard;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class StaffExitGuard;

// Where staff type the PIN to leave kiosk mode. The guard decides and slows down guessing;
// this page only shows it. The typed PIN is cleared after every try, and the "wait" message
// once the wait is over.
class PinPadPage final : public KioskPage
{
    Q_OBJECT

public:
    PinPadPage(StaffExitGuard &guard, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    void focusPin();

Q_SIGNALS:
    void accepted();
    void cancelled();
    // The wait after a wrong PIN is over and its message is gone.
    void messageCleared();

private:
    void submit();

    StaffExitGuard &m_guard;
    enum class Message { None, Wrong, TooSoon } m_shown = Message::None;
    qint64 m_waitMs = 0;
    QLabel *m_title = nullptr;
    QLineEdit *m_pin = nullptr;
    OnScreenKeyboard *m_keypad = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_messageTimer = nullptr;
};
