#pragma once

#include "api/session.h"
#include "kiosksettings.h"
#include "uicontext.h"

#include <QObject>

#include <functional>
#include <memory>

class CardTerminal;
class KioskWindow;

// `rentaldesk --kiosk`: the self-service window full screen, over a staff session of its own
// (the kiosk books for walk-in customers as a clerk would, and offers only what a customer
// may do), and the customer's language switch. When staff typed the PIN, the kiosk window
// goes and staffLeft() lets the program show the staff window in its place. A demo gets a
// card terminal that reads a test card; without a terminal, card payment is unavailable and
// customers pay at the counter.
class KioskMode final : public QObject
{
    Q_OBJECT

public:
    using LanguageSwitch = std::function<void(const QString &language)>;

    KioskMode(Backend &backend, const UiContext &context, const KioskSettings &settings, bool demo,
              LanguageSwitch switchLanguage);
    ~KioskMode() override;

    void show();
    KioskWindow &window() { return *m_window; }

Q_SIGNALS:
    // Staff unlocked the kiosk with the PIN; its window hides once this has been handled.
    void staffLeft();

private:
    Session m_session;
    std::unique_ptr<CardTerminal> m_terminal;
    std::unique_ptr<KioskWindow> m_window;
};
