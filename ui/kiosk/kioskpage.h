#pragma once

#include <QWidget>

// One step of the kiosk. Every step can forget what the customer typed (clear(), on "Done"
// and when the kiosk starts over after a while without a touch) and sets its words again
// when the customer changes the language (retranslate(), on QEvent::LanguageChange); dates,
// times and money then follow the language's formats (localeChanged(), on QEvent::LocaleChange
// when the window takes the language's locale).
class KioskPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void clear() = 0;
    virtual void retranslate() = 0;

protected:
    // locale() is the customer's language now: the step formats with it from here on.
    virtual void localeChanged() {}
    void changeEvent(QEvent *event) override;
};
