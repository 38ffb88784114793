#include "kioskpage.h"

#include <QEvent>

void KioskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LocaleChange)
        localeChanged();
    QWidget::changeEvent(event);
}
