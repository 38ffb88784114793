#pragma once

#include "domain/profile.h"
#include "kioskpage.h"

#include <QJsonObject>

class OnScreenKeyboard;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class TwoFieldEntry;

// Where the booking goes, for the businesses that need it (bookingdetails.h), typed on the
// kiosk's keyboard: a taxi's pickup address and destination; a delivery's address, the
// flat or floor, and the delivery slot (big buttons). Other businesses skip this step.
class WherePage final : public KioskPage
{
    Q_OBJECT

public:
    explicit WherePage(Profile profile, QWidget *parent = nullptr);

    // Whether the shop's business asks this step at all.
    static bool isAsked(Profile profile);
    void clear() override;
    void retranslate() override;

Q_SIGNALS:
    void chosen(const QJsonObject &details);
    void back();

private:
    QJsonObject details() const;
    void updateNext();
    void submit();

    Profile m_profile;
    QLabel *m_title = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLabel *m_secondLabel = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    TwoFieldEntry *m_entry = nullptr;
    QButtonGroup *m_slots = nullptr; // products only
    QLabel *m_error = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};
