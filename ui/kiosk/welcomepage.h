#pragma once

#include "domain/profile.h"
#include "kioskpage.h"

class QLabel;
class QPushButton;

// The kiosk's first screen: the language, "Book" and "Find my booking".
class WelcomePage final : public KioskPage
{
    Q_OBJECT

public:
    WelcomePage(Profile profile, QWidget *parent = nullptr);

    void clear() override {}
    void retranslate() override;

Q_SIGNALS:
    void bookRequested();
    void findRequested();
    void languageRequested(const QString &language);

private:
    Profile m_profile;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_english = nullptr;
    QPushButton *m_korean = nullptr;
};
