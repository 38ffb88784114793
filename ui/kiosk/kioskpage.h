#pragma once

#include <QWidget>

// One step of the kiosk. Every step can forget what the customer typed (clear(), on "Done"
// and when the kiosk starts over after a while without a touch) and sets its words again
// when the customer changes the language (retranslate(), on QEvent::LanguageChange).
class KioskPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void clear() = 0;
    virtual void retranslate() = 0;

protected:
    void changeEvent(QEvent *event) override;
};
