#include "kioskmode.h"

#include "cardterminal.h"
#include "kioskwindow.h"
#include "storage/logging.h"

#include <QCoreApplication>
#include <QDir>

namespace {

// A kiosk without a card terminal: every reading fails, so customers pay at the counter.
class NoCardTerminal final : public CardTerminal
{
public:
    std::optional<CardReading> read() override { return std::nullopt; }
};

User kioskUser()
{
    User user;
    user.username = QStringLiteral("kiosk");
    user.displayName = QCoreApplication::translate("Kiosk", "Self-service kiosk");
    user.role = Role::Clerk;
    return user;
}

} // namespace

KioskMode::KioskMode(Backend &backend, const UiContext &context, const KioskSettings &settings, bool demo,
                     LanguageSwitch switchLanguage)
    : m_session(backend, kioskUser()),
      m_terminal(demo ? std::unique_ptr<CardTerminal>(std::make_unique<DemoCardTerminal>())
                      : std::unique_ptr<CardTerminal>(std::make_unique<NoCardTerminal>())),
      m_window(std::make_unique<KioskWindow>(m_session, context, settings, *m_terminal))
{
    m_window->setShopName(QStringLiteral("RentalDesk"));
    if (demo) // a demo machine has no receipt printer: the last receipt is a PDF file
        m_window->setReceiptPdfPath(QDir::temp().filePath(QStringLiteral("rentaldesk-receipt.pdf")));
    connect(m_window.get(), &KioskWindow::languageChangeRequested, this,
            [switchLanguage = std::move(switchLanguage)](const QString &language) { switchLanguage(language); });
    connect(m_window.get(), &KioskWindow::staffExitRequested, this, [this]() {
        qCInfo(lcServices) << "kiosk mode left by staff";
        m_window->unlock();
        Q_EMIT staffLeft(); // first: the staff window shows before this one goes
        m_window->hide();
    });
}

KioskMode::~KioskMode() = default;

void KioskMode::show()
{
    m_window->showFullScreen();
}
