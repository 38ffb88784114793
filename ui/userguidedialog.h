#pragma once

#include <QDialog>

// Help → User guide: the short manual shipped inside the program (docs/manual.md, or
// docs/manual.ko.md for Korean), readable offline. Links to web pages open in the browser.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The manual's resource for the interface language (QLocale's default).
    static QString manualResource();
};
